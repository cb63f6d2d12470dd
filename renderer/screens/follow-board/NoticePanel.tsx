// Seam: replaced by its implementation.
export function NoticePanel({ meetingId }: { meetingId: string }) {
  void meetingId;
  return null;
}
