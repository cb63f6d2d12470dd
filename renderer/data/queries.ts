import { useQuery } from '@tanstack/react-query';
import { call } from './call';

export const keys = {
  appInfo: ['appInfo'] as const,
  preferences: ['preferences'] as const,
  office: ['office'] as const,
  meetings: ['meetings'] as const,
  meetingList: (query: string) => ['meetings', 'list', query] as const,
  meeting: (id: string) => ['meetings', 'one', id] as const,
  trash: ['meetings', 'trash'] as const,
};

export function useAppInfo() {
  return useQuery({ queryKey: keys.appInfo, queryFn: () => call('app.info', {}) });
}

export function usePreferences() {
  return useQuery({ queryKey: keys.preferences, queryFn: () => call('preferences.get', {}) });
}

export function useOffice() {
  return useQuery({ queryKey: keys.office, queryFn: () => call('office.get', {}) });
}

export function useMeetingList(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: keys.meetingList(trimmed),
    queryFn: () => call('meetings.list', trimmed ? { query: trimmed } : {}),
    placeholderData: (previous) => previous,
  });
}

export function useMeeting(id: string | null) {
  return useQuery({
    queryKey: keys.meeting(id ?? ''),
    queryFn: () => call('meetings.get', { id: id ?? '' }),
    enabled: id !== null,
    retry: false,
  });
}

export function useTrash(enabled: boolean) {
  return useQuery({ queryKey: keys.trash, queryFn: () => call('meetings.trash', {}), enabled });
}
