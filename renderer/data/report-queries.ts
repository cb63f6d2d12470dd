import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from './call';
import { presentationKey, readPresentation } from './presentation-cache';

export { applyPresentationState } from './presentation-cache';

export const reportKeys = {
  all: ['report'] as const,
  meeting: (meetingId: string) => ['report', meetingId] as const,
  doc: (meetingId: string) => ['report', meetingId, 'doc'] as const,
  view: (meetingId: string) => ['report', meetingId, 'view'] as const,
  presentationAll: ['presentation'] as const,
  presentation: presentationKey,
  media: (meetingId: string, mediaId: string) => ['media', meetingId, mediaId] as const,
};

/** The stored cards, for the builder. */
export function useReport(meetingId: string) {
  return useQuery({ queryKey: reportKeys.doc(meetingId), queryFn: () => call('report.get', { meetingId }) });
}

/** Every card resolved for display: what the card component draws. */
export function useReportView(meetingId: string) {
  return useQuery({
    queryKey: reportKeys.view(meetingId),
    queryFn: () => call('report.view', { meetingId }),
    placeholderData: (previous) => previous,
  });
}

export function usePresentation(meetingId: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: reportKeys.presentation(meetingId),
    queryFn: () => readPresentation(client, meetingId, () => call('presentation.get', { meetingId })),
  });
}

/** A case photo as a data: URL (the CSP allows data: images; nothing is fetched from elsewhere). */
export function useMedia(meetingId: string, mediaId: string | null) {
  return useQuery({
    queryKey: reportKeys.media(meetingId, mediaId ?? ''),
    queryFn: async () => {
      const media = await call('media.get', { meetingId, mediaId: mediaId ?? '' });
      return { ...media, url: `data:${media.mime};base64,${media.dataBase64}` };
    },
    enabled: mediaId !== null,
    retry: false,
  });
}
