import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { PresentationState } from '../../shared/domain';
import { call } from './call';

export const reportKeys = {
  all: ['report'] as const,
  meeting: (meetingId: string) => ['report', meetingId] as const,
  doc: (meetingId: string) => ['report', meetingId, 'doc'] as const,
  view: (meetingId: string) => ['report', meetingId, 'view'] as const,
  presentationAll: ['presentation'] as const,
  presentation: (meetingId: string) => ['presentation', meetingId] as const,
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
  return useQuery({
    queryKey: reportKeys.presentation(meetingId),
    queryFn: () => call('presentation.get', { meetingId }),
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

/**
 * A pushed state goes straight into the cache, so the projector draws the next card without another
 * round trip; an older one arriving late (lower seq) is dropped.
 */
export function applyPresentationState(client: QueryClient, state: PresentationState): void {
  const key = reportKeys.presentation(state.meetingId);
  const current = client.getQueryData<PresentationState>(key);
  if (current && current.seq > state.seq) return;
  client.setQueryData(key, state);
}
