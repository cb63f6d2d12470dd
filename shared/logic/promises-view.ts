import {
  MAX_CARD_ROWS,
  type CardViewOf,
  type Commitment,
  type FollowUpItem,
  type Language,
  type Office,
  type PromiseStatus,
} from '../domain';
import { isEnded } from './follow-up/workflow';
import { toRow } from './follow-up/rows';

type PromiseItem = CardViewOf<'promises'>['items'][number];

/** What the card needs of one promise: the commitment and the follow-up item that carries it, if any yet. */
export interface PromiseFollowUp {
  commitment: Commitment;
  item: FollowUpItem | null;
}

/**
 * Where a promise stands, from its follow-up item as of `today` (Beijing date): its state, or overdue
 * while it is open past its deadline by the rule the 跟踪 lists use. No item yet: 已交办.
 */
export function promiseStatus(
  item: FollowUpItem | null,
  c: { today: string; meetingDate: string; office: Office },
): PromiseStatus {
  if (item === null) return 'assigned';
  const row = toRow(item, { asOf: c.today, meetingDate: c.meetingDate, settings: c.office.followUp });
  return row.overdue && !isEnded(row.state) ? 'overdue' : row.state;
}

/** Only 已解决 counts as done. */
export function isDone(status: PromiseStatus): boolean {
  return status === 'solved';
}

/** 牵头单位 first, then the co-departments; an id the office no longer has is left out. */
export function departmentNames(
  terms: { leadDepartmentId: string | null; coDepartmentIds: readonly string[] },
  office: Office,
  language: Language,
): string {
  const names = [terms.leadDepartmentId, ...terms.coDepartmentIds]
    .map((id) => office.departments.find((d) => d.id === id)?.name)
    .filter((n): n is string => Boolean(n));
  return names.join(language === 'zh-CN' ? '、' : ', ');
}

/** Open promises before ended ones, each by deadline (none last): what the hall should hear first. */
function byOpenThenDeadline(a: PromiseItem, b: PromiseItem): number {
  const ended = (s: PromiseStatus) => s !== 'overdue' && isEnded(s);
  const open = Number(ended(a.status)) - Number(ended(b.status));
  if (open !== 0) return open;
  if (a.deadline === b.deadline) return 0;
  if (a.deadline === null) return 1;
  if (b.deadline === null) return -1;
  return a.deadline < b.deadline ? -1 : 1;
}

export interface PromisesInput {
  commitments: readonly Commitment[];
  /** The previous meeting's follow-up items; those of its commitments are the promises' status. */
  followUps: readonly FollowUpItem[];
  /** The previous meeting's day (Beijing date). */
  meetingDate: string;
  office: Office;
  today: string;
  language: Language;
  redact: (text: string) => string;
}

/** The rows of a promises card (at most MAX_CARD_ROWS) and the counts over every promise. */
export function promiseRows(input: PromisesInput): {
  items: PromiseItem[];
  total: number;
  done: number;
  asOf: string;
} {
  const byCommitment = new Map<string, FollowUpItem>();
  for (const item of input.followUps) {
    if (item.source.kind === 'commitment') byCommitment.set(item.source.commitmentId, item);
  }
  const all = input.commitments.map((c): PromiseItem => {
    const item = byCommitment.get(c.id) ?? null;
    // The item's terms are the ones in force: a deadline moved in 跟踪 is the one the hall hears.
    const terms = item ?? {
      title: c.text,
      listType: c.listType,
      leadDepartmentId: c.leadDepartmentId,
      coDepartmentIds: c.coDepartmentIds,
      deadline: c.deadline,
    };
    return {
      text: input.redact(terms.title),
      listType: terms.listType,
      department: input.redact(departmentNames(terms, input.office, input.language)),
      deadline: terms.deadline,
      status: promiseStatus(item, input),
    };
  });
  return {
    items: [...all].sort(byOpenThenDeadline).slice(0, MAX_CARD_ROWS),
    total: all.length,
    done: all.filter((i) => isDone(i.status)).length,
    asOf: input.today,
  };
}
