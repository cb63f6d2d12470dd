/**
 * Run as a separate process with TZ set (see zones.ts): the zone is the process's from its first
 * instruction, as on a laptop set to another zone. Prints what the follow-up rules say at moments
 * either side of Beijing midnight.
 */
import { DEFAULT_FOLLOW_UP_SETTINGS, FollowUpAction, FollowUpItem } from '../../../shared/domain';
import { computeReminders } from '../../../shared/logic/follow-up/reminders';
import { toRow } from '../../../shared/logic/follow-up/rows';
import { applyAction } from '../../../shared/logic/follow-up/workflow';
import { shanghaiToday } from '../../../shared/logic/live/deadline';
import { dayjs } from '../../../shared/logic/shanghai-time';
import { ZONE_MOMENTS } from './zone-cases';

const base = {
  meetingId: 'm1',
  source: { kind: 'manual' },
  title: '路灯不亮',
  listType: 'deadline',
  leadDepartmentId: 'd1',
  createdBy: '工作人员',
} as const;
// Created at 00:00 Beijing on 03-05, which is still 03-04 in UTC and further west.
const open = FollowUpItem.parse({
  ...base,
  id: 'open',
  deadline: '2025-03-20',
  state: 'assigned',
  createdAt: '2025-03-04T16:00:00Z',
});

const results = ZONE_MOMENTS.map((at) => {
  const now = new Date(at);
  const asOf = shanghaiToday(now);
  const c = { at: dayjs(now).toISOString(), by: '工作人员', newId: (p: string) => `${p}-1`, today: asOf };
  const replied = applyAction(
    open,
    FollowUpAction.parse({ kind: 'reply', date: '2025-03-13', text: '已修复' }),
    c,
  );
  const replyOnCreationDay = applyAction(
    open,
    FollowUpAction.parse({ kind: 'reply', date: '2025-03-05', text: '已修复' }),
    c,
  ).ok;
  const replyBefore = applyAction(
    open,
    FollowUpAction.parse({ kind: 'reply', date: '2025-03-04', text: '已修复' }),
    c,
  ).ok;
  const rows = [toRow(open, { asOf, meetingDate: '2025-03-15', settings: DEFAULT_FOLLOW_UP_SETTINGS })];
  if (replied.ok)
    rows.push(
      toRow(
        { ...replied.item, id: 'replied' },
        { asOf, meetingDate: '2025-03-15', settings: DEFAULT_FOLLOW_UP_SETTINGS },
      ),
    );
  const reminders = computeReminders({
    asOf,
    settings: DEFAULT_FOLLOW_UP_SETTINGS,
    meetings: [{ id: 'm1', date: '2025-03-15', closed: true, noticePublished: false }],
    rows,
  });
  return {
    at,
    asOf,
    overdue: rows[0]!.overdue,
    replyOnCreationDay,
    replyBefore,
    reminders: reminders.map((r) => `${r.kind}:${'overdue' in r ? String(r.overdue) : r.count}`).sort(),
    localToday: dayjs(now).format('YYYY-MM-DD'),
  };
});
process.stdout.write(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, results }));
