import {
  LIMITS,
  type CallbackAttempt,
  type FollowUpActionKind,
  type FollowUpChange,
  type FollowUpChangeKind,
  type FollowUpItem,
  type FollowUpMilestone,
  type FollowUpPatch,
  type FollowUpState,
  type ParsedFollowUpAction,
  type Verdict,
  type VerdictChannel,
} from '../../domain';
import { beijingDate } from './dates';

/*
 * The 跟踪 workflow. Each action appends exactly one history entry and bumps the revision once; a
 * refused action changes nothing. The one way to `solved` is a 满意 / 基本满意 verdict with the
 * honest end `solved`: no start, reply, close or reopen can get there.
 *
 *   assigned / reopened → in_progress                          (start)
 *   assigned / in_progress / reopened / replied → replied      (reply; again while replied = a correction)
 *   replied → solved / partly_solved / closed_unsolved         (evaluate 满意 / 基本满意, with `end`)
 *   replied → reopened                                         (evaluate 不满意, with the reason)
 *   replied → replied                                          (no_answer: 回访无人接听)
 *   assigned / in_progress / replied / reopened → closed_unsolved  (close_unsolved, with the reason)
 *   solved / partly_solved / closed_unsolved → reopened        (reopen, with the reason)
 *   any open state → same                                      (milestone reached or taken back)
 */

/** What an action needs besides the item: the moment, who, fresh ids, and today (Beijing date). */
export interface ActContext {
  at: string;
  by: string;
  newId: (prefix: string) => string;
  today: string;
}

export type ActOutcome = { ok: true; item: FollowUpItem } | { ok: false; message: string };

/** Only 已解决 is solved: 部分解决 and 已办结未解决 never count as solved. */
export function isSolved(state: FollowUpState): boolean {
  return state === 'solved';
}

export function isEnded(state: FollowUpState): boolean {
  return state === 'solved' || state === 'partly_solved' || state === 'closed_unsolved';
}

/** The state names as the refusals say them (the UI has its own, translated, in i18n). */
export const FOLLOW_UP_STATE_NAME: Record<FollowUpState, string> = {
  assigned: '已交办',
  in_progress: '办理中',
  replied: '已反馈',
  solved: '已解决',
  partly_solved: '部分解决',
  closed_unsolved: '已办结未解决',
  reopened: '重新办理',
};

export const VERDICT_NAME: Record<Verdict, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

export const CHANNEL_NAME: Record<VerdictChannel, string> = {
  callback: '回访',
  visit: '走访',
  meeting: '会议评议',
};

const ALLOWED: Record<FollowUpState, readonly FollowUpActionKind[]> = {
  assigned: ['start', 'reply', 'milestone', 'close_unsolved'],
  in_progress: ['reply', 'milestone', 'close_unsolved'],
  replied: ['evaluate', 'no_answer', 'reply', 'milestone', 'close_unsolved'],
  reopened: ['start', 'reply', 'milestone', 'close_unsolved'],
  solved: ['reopen'],
  partly_solved: ['reopen'],
  closed_unsolved: ['reopen'],
};

/** The actions the item's state allows, in the order the console offers them. */
export function allowedActions(state: FollowUpState): readonly FollowUpActionKind[] {
  return ALLOWED[state];
}

/** Why the state does not allow the action, saying what to do instead. */
function stateRefusal(state: FollowUpState, kind: FollowUpActionKind): string {
  const here = `该事项当前为“${FOLLOW_UP_STATE_NAME[state]}”`;
  if (isEnded(state)) return `${here}，已办结；如需继续办理，请先“重新办理”并填写原因`;
  switch (kind) {
    case 'start':
      return `${here}，不能再标记为办理中`;
    case 'evaluate':
      return `${here}，尚未反馈办理情况，须先登记反馈，再进行群众评议`;
    case 'no_answer':
      return `${here}，尚未反馈办理情况，无需回访`;
    case 'reopen':
      return `${here}，尚未办结，无需重新办理`;
    default:
      return `${here}，不能进行此操作`;
  }
}

const ok = (item: FollowUpItem): ActOutcome => ({ ok: true, item });
const refuse = (message: string): ActOutcome => ({ ok: false, message });

function change(
  c: ActContext,
  kind: FollowUpChangeKind,
  from: FollowUpState | null,
  to: FollowUpState | null,
  note: string,
): FollowUpChange {
  return { at: c.at, by: c.by, kind, from, to, note: clip(note) };
}

function clip(note: string): string {
  return note.length > LIMITS.text ? `${note.slice(0, LIMITS.text - 1)}…` : note;
}

function withChange(item: FollowUpItem, entry: FollowUpChange, fields: Partial<FollowUpItem>): FollowUpItem {
  return { ...item, ...fields, history: [...item.history, entry], revision: item.revision + 1 };
}

function replyDateRefusal(item: FollowUpItem, date: string, today: string): string | null {
  if (date > today) return `反馈日期 ${date} 晚于今天（${today}），请填写实际办结并反馈的日期`;
  const created = beijingDate(item.createdAt);
  if (date < created) return `反馈日期 ${date} 早于事项交办日期（${created}），请核对日期`;
  return null;
}

/**
 * The item after the action, with its state, lists and history updated and its revision bumped; or,
 * when the state does not allow it, a message in Chinese saying why and what to do instead.
 */
export function applyAction(item: FollowUpItem, action: ParsedFollowUpAction, c: ActContext): ActOutcome {
  const from = item.state;
  if (!ALLOWED[from].includes(action.kind)) return refuse(stateRefusal(from, action.kind));
  switch (action.kind) {
    case 'start':
      return ok(
        withChange(item, change(c, 'started', from, 'in_progress', action.note), { state: 'in_progress' }),
      );
    case 'reply': {
      const refusal = replyDateRefusal(item, action.date, c.today);
      if (refusal) return refuse(refusal);
      const reply = {
        id: c.newId('reply'),
        date: action.date,
        text: action.text,
        photos: [...action.photos],
        at: c.at,
        by: c.by,
      };
      const note =
        from === 'replied' ? `补充更正（${action.date}）：${action.text}` : `${action.date}：${action.text}`;
      return ok(
        withChange(item, change(c, 'replied', from, 'replied', note), {
          state: 'replied',
          replies: [...item.replies, reply],
        }),
      );
    }
    case 'evaluate':
      return evaluate(item, action, c);
    case 'no_answer': {
      const attempt: CallbackAttempt = { at: c.at, by: c.by, outcome: 'no_answer', note: action.note };
      return ok(
        withChange(item, change(c, 'callback', from, from, action.note), {
          callbacks: [...item.callbacks, attempt],
        }),
      );
    }
    case 'close_unsolved':
      return ok(
        withChange(item, change(c, 'closed', from, 'closed_unsolved', action.reason), {
          state: 'closed_unsolved',
          closedAt: c.at,
        }),
      );
    case 'reopen':
      return ok(
        withChange(item, change(c, 'reopened', from, 'reopened', action.reason), {
          state: 'reopened',
          closedAt: null,
        }),
      );
    case 'milestone':
      return milestone(item, action, c);
  }
}

function evaluate(
  item: FollowUpItem,
  action: Extract<ParsedFollowUpAction, { kind: 'evaluate' }>,
  c: ActContext,
): ActOutcome {
  const note = action.note.trim();
  const verdictName = VERDICT_NAME[action.verdict];
  let to: FollowUpState;
  if (action.verdict === 'dissatisfied') {
    if (note === '') return refuse('群众评议为“不满意”时须填写原因，事项将据此重新办理');
    if (action.end !== null) {
      return refuse('群众评议为“不满意”时不能选择办结结果：事项将重新办理，请取消所选的办结结果');
    }
    to = 'reopened';
  } else {
    if (action.end === null) {
      return refuse(`群众评议为“${verdictName}”时须选择办结结果：已解决、部分解决或已办结未解决`);
    }
    to = action.end;
  }
  const entry = { at: c.at, by: c.by, verdict: action.verdict, channel: action.channel, note };
  const callbacks: CallbackAttempt[] =
    action.channel === 'callback'
      ? [...item.callbacks, { at: c.at, by: c.by, outcome: 'answered', note }]
      : item.callbacks;
  const text = `${verdictName}（${CHANNEL_NAME[action.channel]}）${note ? `：${note}` : ''}`;
  return ok(
    withChange(item, change(c, 'evaluated', item.state, to, text), {
      state: to,
      verdicts: [...item.verdicts, entry],
      callbacks,
      closedAt: to === 'reopened' ? null : c.at,
    }),
  );
}

function milestone(
  item: FollowUpItem,
  action: Extract<ParsedFollowUpAction, { kind: 'milestone' }>,
  c: ActContext,
): ActOutcome {
  const index = item.milestones.findIndex((m) => m.id === action.milestoneId);
  const target = item.milestones[index];
  if (!target) return refuse('找不到该推进节点，可能已被修改，请刷新后重试');
  if (action.doneOn !== null && action.doneOn > c.today) {
    return refuse(`节点完成日期 ${action.doneOn} 晚于今天（${c.today}），请填写实际完成的日期`);
  }
  if (target.doneOn === action.doneOn) {
    return refuse(action.doneOn === null ? '该节点尚未完成，无需撤销' : `该节点已于 ${action.doneOn} 完成`);
  }
  const milestones = item.milestones.map((m, i) => (i === index ? { ...m, doneOn: action.doneOn } : m));
  const note =
    action.doneOn === null
      ? `节点“${target.text}”改为未完成`
      : `节点“${target.text}”于 ${action.doneOn} 完成`;
  return ok(withChange(item, change(c, 'milestone', item.state, item.state, note), { milestones }));
}

/* ----- Edits ----- */

const FIELD_NAME = {
  title: '事项内容',
  listType: '清单类型',
  leadDepartmentId: '牵头单位',
  coDepartmentIds: '协办单位',
  owner: '责任人',
  deadline: '办结期限',
  milestones: '推进节点',
  communityId: '所属社区',
} as const;

type PatchField = keyof typeof FIELD_NAME;

const LIST_TYPE_NAME: Record<FollowUpItem['listType'], string> = {
  immediate: '立行立改',
  deadline: '限期办结',
  ongoing: '持续推进',
};

const EMPTY = '（无）';

function describe(field: PatchField, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (field === 'listType') return LIST_TYPE_NAME[value as FollowUpItem['listType']];
  if (field === 'coDepartmentIds') {
    const ids = value as readonly string[];
    return ids.length === 0 ? EMPTY : ids.join('、');
  }
  if (field === 'milestones') {
    const ms = value as readonly { text: string; dueDate: string }[];
    return ms.length === 0 ? EMPTY : ms.map((m) => `${m.text}（${m.dueDate}）`).join('；');
  }
  return String(value);
}

function sameMilestoneTerms(
  a: readonly { text: string; dueDate: string }[],
  b: readonly { text: string; dueDate: string }[],
): boolean {
  return a.length === b.length && a.every((m, i) => m.text === b[i]!.text && m.dueDate === b[i]!.dueDate);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** New milestone terms, keeping the id and done date of each one whose text and due date stayed. */
function mergeMilestones(
  old: readonly FollowUpMilestone[],
  next: readonly { text: string; dueDate: string }[],
  c: ActContext,
): FollowUpMilestone[] {
  const unused = [...old];
  return next.map((m) => {
    const at = unused.findIndex((o) => o.text === m.text && o.dueDate === m.dueDate);
    if (at >= 0) return unused.splice(at, 1)[0]!;
    return { id: c.newId('ms'), text: m.text, dueDate: m.dueDate, doneOn: null };
  });
}

/** The item with the patch's terms, one `edited` history entry per field changed; unchanged → same object. */
export function applyPatch(
  item: FollowUpItem,
  patch: Exclude<FollowUpPatch, undefined>,
  c: ActContext,
): FollowUpItem {
  const fields: Partial<FollowUpItem> = {};
  const entries: FollowUpChange[] = [];
  const record = (field: PatchField, before: unknown, after: unknown) => {
    entries.push(
      change(
        c,
        'edited',
        null,
        null,
        `${FIELD_NAME[field]}：${describe(field, before)} → ${describe(field, after)}`,
      ),
    );
  };
  const scalar = <K extends 'title' | 'listType' | 'leadDepartmentId' | 'owner' | 'deadline' | 'communityId'>(
    field: K,
  ) => {
    const next = patch[field];
    if (next === undefined) return;
    const value = (typeof next === 'string' && field !== 'listType' ? next.trim() : next) as FollowUpItem[K];
    if (value === item[field]) return;
    fields[field] = value;
    record(field, item[field], value);
  };
  scalar('title');
  scalar('listType');
  scalar('leadDepartmentId');
  if (patch.coDepartmentIds !== undefined && !sameIds(patch.coDepartmentIds, item.coDepartmentIds)) {
    fields.coDepartmentIds = [...patch.coDepartmentIds];
    record('coDepartmentIds', item.coDepartmentIds, patch.coDepartmentIds);
  }
  scalar('owner');
  scalar('deadline');
  if (patch.milestones !== undefined) {
    const next = patch.milestones.map((m) => ({ text: m.text.trim(), dueDate: m.dueDate }));
    if (!sameMilestoneTerms(next, item.milestones)) {
      fields.milestones = mergeMilestones(item.milestones, next, c);
      record('milestones', item.milestones, next);
    }
  }
  scalar('communityId');
  if (entries.length === 0) return item;
  return { ...item, ...fields, history: [...item.history, ...entries], revision: item.revision + 1 };
}
