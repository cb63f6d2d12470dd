import { useQueries, useQuery } from '@tanstack/react-query';
import { call } from './call';

/**
 * Every 跟踪 query sits under ['followUps'], so one 'followUps.changed' refreshes them all: a change
 * to one meeting's items also moves the office-wide (全部会议) list and call-backs.
 */
export const followUpKeys = {
  all: ['followUps'] as const,
  /** A scope is a meeting id, or null for every meeting. */
  list: (meetingId: string | null) => ['followUps', 'list', meetingId ?? '*'] as const,
  callbacks: (meetingId: string | null) => ['followUps', 'callbacks', meetingId ?? '*'] as const,
  item: (meetingId: string, id: string) => ['followUps', 'item', meetingId, id] as const,
};

export function useFollowUpRows(meetingId: string | null) {
  return useQuery({
    queryKey: followUpKeys.list(meetingId),
    queryFn: () => call('followUps.list', { meetingId }),
    placeholderData: (previous) => previous,
  });
}

export function useFollowUpDetail(meetingId: string | null, id: string | null) {
  return useQuery({
    queryKey: followUpKeys.item(meetingId ?? '', id ?? ''),
    queryFn: () => call('followUps.get', { meetingId: meetingId ?? '', id: id ?? '' }),
    enabled: meetingId !== null && id !== null,
    retry: false,
  });
}

export function useCallbackRows(meetingId: string | null) {
  return useQuery({
    queryKey: followUpKeys.callbacks(meetingId),
    queryFn: () => call('followUps.callbacks', { meetingId }),
    placeholderData: (previous) => previous,
  });
}

/**
 * The 重大事项 of a meeting already sent to 跟踪. The rows do not carry the group id, so it is read
 * from each group-sourced item (a meeting has a handful, never thousands).
 */
export function useSentGroupIds(meetingId: string): ReadonlySet<string> {
  const rows = useFollowUpRows(meetingId);
  const groupRows = (rows.data?.rows ?? []).filter((r) => r.sourceKind === 'group');
  const details = useQueries({
    queries: groupRows.map((r) => ({
      queryKey: followUpKeys.item(meetingId, r.id),
      queryFn: () => call('followUps.get', { meetingId, id: r.id }),
    })),
  });
  const ids = new Set<string>();
  for (const d of details) {
    const source = d.data?.item.source;
    if (source?.kind === 'group') ids.add(source.groupId);
  }
  return ids;
}
