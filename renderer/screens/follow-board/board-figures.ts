import type {
  CountOf,
  DepartmentScore,
  FollowUpReminder,
  FollowUpState,
  PublicNotice,
} from '../../../shared/domain/follow-up';
import type { ListType } from '../../../shared/domain/commitment';
import { fraction, formatRate } from '../../../shared/logic/fraction';

/** "80.0%（8/10）", or "—" when there is nothing to divide by: a rate never hides its denominator. */
export function rateWithFraction(count: number, of: number): string {
  if (of === 0) return '—';
  return `${formatRate(fraction(count, of))}（${count}/${of}）`;
}

export function rateOf(figure: CountOf): string {
  return rateWithFraction(figure.count, figure.of);
}

/** Ranked departments by rank; the others (too few items to rank fairly) by item count, then name. */
export function splitByRank(departments: readonly DepartmentScore[]): {
  ranked: DepartmentScore[];
  unranked: DepartmentScore[];
} {
  const ranked = departments
    .filter((d) => d.ranked)
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  const unranked = departments
    .filter((d) => !d.ranked)
    .sort((a, b) => b.items - a.items || a.name.localeCompare(b.name, 'zh-CN'));
  return { ranked, unranked };
}

/** Solved rate per ranked department for the chart; a department without items has no bar, not a 0. */
export function solvedRateBars(
  ranked: readonly DepartmentScore[],
): { name: string; rate: number; label: string }[] {
  return ranked
    .filter((d) => d.items > 0)
    .map((d) => {
      const f = fraction(d.solved, d.items);
      return {
        name: d.name,
        rate: Math.round((f.value ?? 0) * 1000) / 10,
        label: rateWithFraction(d.solved, d.items),
      };
    });
}

export interface ReminderSummary {
  /** This meeting's 反馈公示 reminder, if one is due. */
  notice: Extract<FollowUpReminder, { kind: 'notice' }> | null;
  /** Other meetings whose notice is overdue. */
  otherOverdueNotices: Extract<FollowUpReminder, { kind: 'notice' }>[];
  deadlinesPassed: Extract<FollowUpReminder, { kind: 'deadline' }>[];
  deadlinesNear: Extract<FollowUpReminder, { kind: 'deadline' }>[];
  callbacks: number;
}

/** The office-wide reminders as this meeting's tab shows them. */
export function summarizeReminders(
  reminders: readonly FollowUpReminder[],
  meetingId: string,
): ReminderSummary {
  const summary: ReminderSummary = {
    notice: null,
    otherOverdueNotices: [],
    deadlinesPassed: [],
    deadlinesNear: [],
    callbacks: 0,
  };
  for (const r of reminders) {
    if (r.kind === 'notice') {
      if (r.meetingId === meetingId) summary.notice = r;
      else if (r.overdue) summary.otherOverdueNotices.push(r);
    } else if (r.meetingId !== meetingId) continue;
    else if (r.kind === 'deadline') (r.overdue ? summary.deadlinesPassed : summary.deadlinesNear).push(r);
    else summary.callbacks += r.count;
  }
  const byDate = (a: { deadline: string }, b: { deadline: string }) => a.deadline.localeCompare(b.deadline);
  summary.deadlinesPassed.sort(byDate);
  summary.deadlinesNear.sort(byDate);
  return summary;
}

export type NoticeItem = PublicNotice['items'][number];

const LIST_ORDER: readonly ListType[] = ['immediate', 'deadline', 'ongoing'];

/** The notice's items under their three lists, in the lists' fixed order; an empty list is kept (it says "无"). */
export function noticeByList(items: readonly NoticeItem[]): { listType: ListType; items: NoticeItem[] }[] {
  return LIST_ORDER.map((listType) => ({ listType, items: items.filter((i) => i.listType === listType) }));
}

/** The label key of a state as the public reads it: 逾期 is shown beside it, never instead of it. */
export function publicStateKey(state: FollowUpState): string {
  return `followBoard.state.${state}`;
}

/** The notice's count lines, each with its total. */
export function noticeCountLines(
  counts: PublicNotice['counts'],
): { key: string; count: number; of: number }[] {
  return [
    { key: 'solved', count: counts.solved, of: counts.total },
    { key: 'partlySolved', count: counts.partlySolved, of: counts.total },
    { key: 'closedUnsolved', count: counts.closedUnsolved, of: counts.total },
    { key: 'open', count: counts.open, of: counts.total },
    { key: 'overdue', count: counts.overdue, of: counts.total },
  ];
}
