import type { FollowScope } from './FollowUpStage';

// Seam: replaced by its implementation.
export function FollowUpList({
  meetingId,
  scope,
  onScope,
}: {
  meetingId: string;
  scope: FollowScope;
  onScope: (scope: FollowScope) => void;
}) {
  void meetingId;
  void scope;
  void onScope;
  return null;
}
