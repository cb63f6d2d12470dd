import {
  MAX_CARD_ROWS,
  type CardViewOf,
  type Commitment,
  type Language,
  type Office,
  type PromiseStatus,
} from '../domain';

type PromiseItem = CardViewOf<'promises'>['items'][number];

/**
 * Where a promise stands: the last step of its follow-up, or overdue when its deadline has passed
 * (Beijing date) and it is not done. A verdict recorded without an 已评价 step still counts as one.
 */
export function promiseStatus(commitment: Commitment, today: string): PromiseStatus {
  const last = commitment.history.at(-1)?.stage ?? 'assigned';
  const stage = commitment.evaluation && last !== 'evaluated' ? 'evaluated' : last;
  if (isDone(stage)) return stage;
  if (commitment.deadline !== null && commitment.deadline < today) return 'overdue';
  return stage;
}

export function isDone(status: PromiseStatus): status is 'done' | 'evaluated' {
  return status === 'done' || status === 'evaluated';
}

/** 牵头单位 first, then the co-departments; an id the office no longer has is left out. */
export function departmentNames(commitment: Commitment, office: Office, language: Language): string {
  const names = [commitment.leadDepartmentId, ...commitment.coDepartmentIds]
    .map((id) => office.departments.find((d) => d.id === id)?.name)
    .filter((n): n is string => Boolean(n));
  return names.join(language === 'zh-CN' ? '、' : ', ');
}

/** Open promises before finished ones, each by deadline (none last): what the hall should hear first. */
function byOpenThenDeadline(a: PromiseItem, b: PromiseItem): number {
  const open = Number(isDone(a.status)) - Number(isDone(b.status));
  if (open !== 0) return open;
  if (a.deadline === b.deadline) return 0;
  if (a.deadline === null) return 1;
  if (b.deadline === null) return -1;
  return a.deadline < b.deadline ? -1 : 1;
}

export interface PromisesInput {
  commitments: readonly Commitment[];
  office: Office;
  today: string;
  language: Language;
  redact: (text: string) => string;
}

/** The rows of a promises card (at most MAX_CARD_ROWS) and the counts over every promise. */
export function promiseRows(input: PromisesInput): { items: PromiseItem[]; total: number; done: number } {
  const all = input.commitments.map((c): PromiseItem => ({
    text: input.redact(c.text),
    listType: c.listType,
    department: input.redact(departmentNames(c, input.office, input.language)),
    deadline: c.deadline,
    status: promiseStatus(c, input.today),
  }));
  return {
    items: [...all].sort(byOpenThenDeadline).slice(0, MAX_CARD_ROWS),
    total: all.length,
    done: all.filter((i) => isDone(i.status)).length,
  };
}
