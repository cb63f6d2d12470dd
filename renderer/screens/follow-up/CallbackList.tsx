import type { FollowScope } from './FollowUpStage';

// Seam: replaced by its implementation.
export function CallbackList({ meetingId, scope }: { meetingId: string; scope: FollowScope }) {
  void meetingId;
  void scope;
  return null;
}
