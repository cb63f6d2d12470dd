/** HELPER(wrap-up): ClosePanel. */
export function ClosePanel({ meetingId }: { meetingId: string }) {
  void meetingId;
  return null;
}
