/** The 报告 tab: builds the meeting's 数字成绩单. (Sketch; the builder fills it in.) */
export function ReportStage({ meetingId }: { meetingId: string }) {
  return <div data-meeting-id={meetingId} />;
}
