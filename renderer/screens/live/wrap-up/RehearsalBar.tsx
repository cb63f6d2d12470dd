/** HELPER(wrap-up): RehearsalBar. */
export function RehearsalBar({ meetingId }: { meetingId: string }) {
  void meetingId;
  return null;
}
