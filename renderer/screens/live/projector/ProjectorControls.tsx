/** HELPER(projector): overlay, panel and countdown switches for the 现场 tab, with their keys. */
export function ProjectorControls({ meetingId }: { meetingId: string }) {
  void meetingId;
  return null;
}
