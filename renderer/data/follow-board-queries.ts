import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { call } from './call';

export const followBoardKeys = {
  all: ['followBoard'] as const,
  scoreboard: (meetingId: string | null) => ['followBoard', 'scoreboard', meetingId ?? '*'] as const,
  reminders: ['followBoard', 'reminders'] as const,
  notice: (meetingId: string) => ['followBoard', 'notice', meetingId] as const,
  settings: ['followBoard', 'settings'] as const,
};

/** `meetingId: null` is the office's whole book (every meeting). */
export function useScoreboard(meetingId: string | null) {
  return useQuery({
    queryKey: followBoardKeys.scoreboard(meetingId),
    queryFn: () => call('followUps.scoreboard', { meetingId }),
    placeholderData: (previous) => previous,
  });
}

export function useFollowReminders() {
  return useQuery({
    queryKey: followBoardKeys.reminders,
    queryFn: () => call('followUps.reminders', {}),
  });
}

export function usePublicNotice(meetingId: string) {
  return useQuery({
    queryKey: followBoardKeys.notice(meetingId),
    queryFn: () => call('followUps.notice', { meetingId }),
  });
}

export function useFollowSettings() {
  return useQuery({
    queryKey: followBoardKeys.settings,
    queryFn: () => call('followUps.settings.get', {}),
  });
}

/**
 * Any change to an item, a rating or the settings can move every figure here: a ranking spans
 * meetings and the reminders are office-wide, so everything of the board is refetched.
 */
export function followBoardUpdates(client: QueryClient): () => void {
  const off = [
    api.on('followUps.changed', () => void client.invalidateQueries({ queryKey: followBoardKeys.all })),
    // The notice shows the office's name and the meetings' titles and dates.
    api.on('office.changed', () => void client.invalidateQueries({ queryKey: followBoardKeys.all })),
    api.on('meetings.changed', () => void client.invalidateQueries({ queryKey: followBoardKeys.all })),
  ];
  return () => off.forEach((unsubscribe) => unsubscribe());
}
