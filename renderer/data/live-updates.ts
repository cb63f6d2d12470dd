import type { QueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { projectKeys } from './project-queries';
import { followUpKeys } from './follow-up-queries';
import { opinionKeys } from './opinion-queries';
import { liveKeys } from './live-queries';
import { followBoardUpdates } from './follow-board-queries';
import { keys } from './queries';
import { applyPresentationState, reportKeys } from './report-queries';

/**
 * Push events from the services invalidate what they touch, so every window (and a second browser
 * tab in host mode) shows the same data without polling.
 */
export function subscribeToLiveUpdates(client: QueryClient): () => void {
  const unsubscribers = [
    // A report card's view draws on the office, the meetings (earlier promises) and the opinions.
    api.on('meetings.changed', () => {
      void client.invalidateQueries({ queryKey: keys.meetings });
      void client.invalidateQueries({ queryKey: reportKeys.all });
      void client.invalidateQueries({ queryKey: liveKeys.all });
    }),
    api.on('office.changed', () => {
      void client.invalidateQueries({ queryKey: keys.office });
      void client.invalidateQueries({ queryKey: reportKeys.all });
      void client.invalidateQueries({ queryKey: liveKeys.all });
    }),
    api.on('preferences.changed', () => void client.invalidateQueries({ queryKey: keys.preferences })),
    api.on('opinions.changed', ({ meetingId }) => {
      void client.invalidateQueries({
        queryKey: meetingId === null ? opinionKeys.all : opinionKeys.meeting(meetingId),
      });
      void client.invalidateQueries({
        queryKey: meetingId === null ? reportKeys.all : reportKeys.meeting(meetingId),
      });
    }),
    api.on('notices.changed', () => void client.invalidateQueries({ queryKey: keys.appInfo })),
    api.on('report.changed', ({ meetingId }) => {
      void client.invalidateQueries({
        queryKey: meetingId === null ? reportKeys.all : reportKeys.meeting(meetingId),
      });
      // Score parts and the join overlay's Wi-Fi come from the report's cards.
      void client.invalidateQueries({
        queryKey: meetingId === null ? liveKeys.all : liveKeys.meeting(meetingId),
      });
    }),
    api.on('live.changed', ({ meetingId }) => {
      void client.invalidateQueries({
        queryKey: meetingId === null ? liveKeys.all : liveKeys.meeting(meetingId),
      });
    }),
    // The question box opened, closed or restarted: its status and the join overlay's address (live.public).
    api.on('gateway.changed', ({ meetingId }) => {
      void client.invalidateQueries({
        queryKey: meetingId === null ? liveKeys.all : liveKeys.meeting(meetingId),
      });
    }),
    // The office-wide scope holds every meeting's items, so any meeting's change refreshes all of 跟踪.
    api.on('followUps.changed', () => void client.invalidateQueries({ queryKey: followUpKeys.all })),
    api.on('projects.changed', () => void client.invalidateQueries({ queryKey: projectKeys.all })),
    // A project's effect counts the imported work orders.
    api.on('opinions.changed', () => void client.invalidateQueries({ queryKey: projectKeys.all })),
    api.on('presentation.changed', ({ meetingId, state }) => {
      if (state) applyPresentationState(client, state);
      else
        void client.invalidateQueries({
          queryKey: meetingId === null ? reportKeys.presentationAll : reportKeys.presentation(meetingId),
        });
    }),
    followBoardUpdates(client),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
