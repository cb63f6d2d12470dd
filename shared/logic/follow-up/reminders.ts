import type { FollowUpReminder, FollowUpRow, FollowUpSettings } from '../../domain';

export interface RemindersInput {
  asOf: string;
  settings: FollowUpSettings;
  /** Closed meetings with their day (Beijing date) and whether their notice was printed/exported. */
  meetings: readonly { id: string; date: string; closed: boolean }[];
  rows: readonly FollowUpRow[];
}

/** Notice due (noticeDays after the meeting), deadlines within deadlineWarnDays or passed, call-backs due. */
export function computeReminders(_input: RemindersInput): FollowUpReminder[] {
  throw new Error('not implemented');
}
