import type { FollowScope } from '../follow-up/FollowUpStage';

// Seam: replaced by its implementation.
export function ScoreboardPanel({ meetingId, scope }: { meetingId: string; scope: FollowScope }) {
  void meetingId;
  void scope;
  return null;
}
