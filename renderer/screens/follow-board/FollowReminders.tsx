// Seam: replaced by its implementation.
export function FollowReminders({ meetingId }: { meetingId: string }) {
  void meetingId;
  return null;
}
