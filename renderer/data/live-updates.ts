import type { QueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { opinionKeys } from './opinion-queries';
import { keys } from './queries';

/**
 * Push events from the services invalidate what they touch, so every window (and a second browser
 * tab in host mode) shows the same data without polling.
 */
export function subscribeToLiveUpdates(client: QueryClient): () => void {
  const unsubscribers = [
    api.on('meetings.changed', () => void client.invalidateQueries({ queryKey: keys.meetings })),
    api.on('office.changed', () => void client.invalidateQueries({ queryKey: keys.office })),
    api.on('preferences.changed', () => void client.invalidateQueries({ queryKey: keys.preferences })),
    api.on('opinions.changed', ({ meetingId }) => {
      void client.invalidateQueries({
        queryKey: meetingId === null ? opinionKeys.all : opinionKeys.meeting(meetingId),
      });
    }),
    api.on('notices.changed', () => void client.invalidateQueries({ queryKey: keys.appInfo })),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
