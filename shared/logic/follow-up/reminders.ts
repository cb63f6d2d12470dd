import type { FollowUpReminder, FollowUpRow, FollowUpSettings } from '../../domain';
import { addLocalDays } from './dates';
import { isEnded } from './workflow';

export interface RemindersInput {
  asOf: string;
  settings: FollowUpSettings;
  /** Closed meetings with their day (Beijing date) and whether their notice was printed/exported. */
  meetings: readonly { id: string; date: string; closed: boolean; noticePublished: boolean }[];
  rows: readonly FollowUpRow[];
}

interface Dated {
  reminder: FollowUpReminder;
  overdue: boolean;
  date: string;
}

/**
 * Notice due (noticeDays after the meeting), deadlines within deadlineWarnDays or passed, call-backs due.
 * Overdue ones first, then by date (the notice's due day, the deadline, the earliest call-back due);
 * ties keep notice, deadline, call-back order. A notice shows from the day before it is due; a
 * deadline from deadlineWarnDays before it, for items neither ended nor replied.
 */
export function computeReminders(input: RemindersInput): FollowUpReminder[] {
  const { asOf, settings } = input;
  const out: Dated[] = [];
  for (const m of input.meetings) {
    if (!m.closed || m.noticePublished) continue;
    const dueOn = addLocalDays(m.date, settings.noticeDays);
    if (asOf < addLocalDays(dueOn, -1)) continue;
    const overdue = asOf > dueOn;
    out.push({ reminder: { kind: 'notice', meetingId: m.id, dueOn, overdue }, overdue, date: dueOn });
  }
  const warnUntil = addLocalDays(asOf, settings.deadlineWarnDays);
  const callbacks = new Map<string, { count: number; earliest: string }>();
  for (const row of input.rows) {
    const deadline = row.deadline ?? (row.listType === 'ongoing' ? row.nextMilestone : null);
    if (deadline !== null && deadline <= warnUntil && !isEnded(row.state) && row.finishedOn === null) {
      const overdue = deadline < asOf;
      out.push({
        reminder: { kind: 'deadline', meetingId: row.meetingId, itemId: row.id, deadline, overdue },
        overdue,
        date: deadline,
      });
    }
    if (row.callbackDue !== null && row.callbackDue <= asOf) {
      const c = callbacks.get(row.meetingId);
      if (c === undefined) callbacks.set(row.meetingId, { count: 1, earliest: row.callbackDue });
      else {
        c.count++;
        if (row.callbackDue < c.earliest) c.earliest = row.callbackDue;
      }
    }
  }
  for (const [meetingId, c] of callbacks) {
    out.push({
      reminder: { kind: 'callbacks', meetingId, count: c.count },
      overdue: false,
      date: c.earliest,
    });
  }
  return out
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        Number(b.d.overdue) - Number(a.d.overdue) ||
        (a.d.date < b.d.date ? -1 : a.d.date > b.d.date ? 1 : 0) ||
        a.i - b.i,
    )
    .map(({ d }) => d.reminder);
}
