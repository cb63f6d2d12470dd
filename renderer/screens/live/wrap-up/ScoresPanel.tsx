/** HELPER(wrap-up): ScoresPanel. */
export function ScoresPanel({ meetingId }: { meetingId: string }) {
  void meetingId;
  return null;
}
