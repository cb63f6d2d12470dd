import type { z } from 'zod';
import {
  OPEN_QUESTION_STATES,
  type ParsedQuestionMove,
  type Question,
  type QuestionChange,
  type QuestionPatch,
  type QuestionState,
} from '../../domain';

/**
 * The question state machine. No path loses a question: every move goes to a visible state, a
 * merged question can be unmerged, an outcome can be reopened, and each change appends exactly one
 * history entry to each question it touches.
 *
 *   waiting ⇄ onScreen
 *   waiting / onScreen → answered / referred / declined   (a move)
 *   waiting / onScreen → committed                         (markCommitted, from commitments.create)
 *   waiting / onScreen → merged                            (mergeInto; unmerge goes back to waiting)
 *   answered / referred / declined → waiting               (reopen: the earlier outcome stays in history)
 *
 * A committed question has a commitment behind it, so no move takes it elsewhere: the commitment is
 * the record the room saw being made.
 */

export class MoveRefused extends Error {
  override name = 'MoveRefused';
}

/** The state names as the refusals say them (the UI has its own, translated, in i18n). */
const STATE_NAME: Record<QuestionState, string> = {
  waiting: '待处理',
  onScreen: '上屏',
  answered: '当场答复',
  committed: '形成承诺',
  referred: '转交书面答复',
  declined: '不予采纳',
  merged: '已合并',
};

const isOpen = (state: QuestionState) => OPEN_QUESTION_STATES.includes(state);

/** Why the question cannot go to `to` from where it is, in Chinese; null when it can. */
export function moveRefusal(question: Question, to: QuestionState): string | null {
  const from = question.state;
  if (to === 'committed') return '形成承诺请通过“新建承诺”办理，承诺会与问题关联';
  if (to === 'merged') return '合并请使用“合并到同类问题”';
  if (from === 'committed') return '该问题已形成承诺，不能再改变状态；如需调整，请修改对应的承诺';
  if (from === 'merged') return '该问题已合并到同类问题，请先撤销合并';
  if (from === to) return `该问题已是“${STATE_NAME[to]}”`;
  if (isOpen(from)) return null;
  // From an outcome only reopening is allowed, so a changed outcome always shows as two steps in history.
  if (to === 'waiting') return null;
  return `该问题已是“${STATE_NAME[from]}”，请先退回待处理，再改为“${STATE_NAME[to]}”`;
}

function refuseUnless(reason: string | null): void {
  if (reason !== null) throw new MoveRefused(reason);
}

function withChange(question: Question, change: QuestionChange, fields: Partial<Question>): Question {
  return {
    ...question,
    ...fields,
    history: [...question.history, change],
    revision: question.revision + 1,
  };
}

/** The outcome fields cleared: each belongs to one state only, and history keeps the earlier ones. */
const NO_OUTCOME = {
  referral: null,
  declineReason: '',
  answerNote: '',
} satisfies Partial<Question>;

/**
 * The question after the move (revision + 1, history appended). Throws MoveRefused when refused.
 * Does not touch other questions: taking the previous one off screen is the caller's business.
 */
export function applyMove(question: Question, move: ParsedQuestionMove, at: string, by: string): Question {
  refuseUnless(moveRefusal(question, move.to));
  const base = { at, by, kind: 'moved' as const, from: question.state, to: move.to };
  switch (move.to) {
    case 'waiting':
    case 'onScreen': {
      const note = move.to === 'waiting' ? move.note : '';
      return withChange(question, { ...base, note }, { ...NO_OUTCOME, state: move.to });
    }
    case 'answered':
      return withChange(
        question,
        { ...base, note: move.note },
        { ...NO_OUTCOME, state: 'answered', answerNote: move.note },
      );
    case 'referred': {
      const referral = { departmentId: move.departmentId, dueDate: move.dueDate };
      const note = [`书面答复期限 ${move.dueDate}`, move.note].filter((s) => s !== '').join('；');
      return withChange(question, { ...base, note }, { ...NO_OUTCOME, state: 'referred', referral });
    }
    case 'declined':
      return withChange(
        question,
        { ...base, note: move.reason },
        { ...NO_OUTCOME, state: 'declined', declineReason: move.reason },
      );
  }
}

/** How a question is named in another's history: short, and never the asker. */
function excerpt(question: Question): string {
  const text = question.text.replace(/\s+/g, ' ');
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/** Why `source` cannot be merged into `target`, in Chinese; null when it can. */
export function mergeRefusal(source: Question, target: Question): string | null {
  if (source.id === target.id) return '不能与自身合并';
  if (target.state === 'merged') return '目标问题本身已合并到其他问题，请合并到它所在的那一条';
  if (source.state === 'merged') return '该问题已合并到同类问题，请先撤销合并';
  if (!isOpen(source.state)) {
    return `该问题已是“${STATE_NAME[source.state]}”，只有待处理或上屏的问题可以合并`;
  }
  return null;
}

/**
 * Merges `source` into `target`: the source's asker now counts there ("同类问题 N 人提出"), and its
 * outcome will be the target's. Both questions get a history entry naming the other.
 *
 * Questions already merged into `source` must follow it to `target` (a merged question always points
 * at one that is not merged): use mergeInList, which does that, when the list is at hand.
 */
export function mergeInto(
  source: Question,
  target: Question,
  at: string,
  by: string,
): { source: Question; target: Question } {
  refuseUnless(mergeRefusal(source, target));
  return {
    source: withChange(
      source,
      { at, by, kind: 'merged', from: source.state, to: 'merged', note: `合并到：${excerpt(target)}` },
      { ...NO_OUTCOME, state: 'merged', mergedInto: target.id },
    ),
    target: withChange(
      target,
      { at, by, kind: 'merged', from: null, to: null, note: `同类问题并入：${excerpt(source)}` },
      {},
    ),
  };
}

/**
 * mergeInto over the whole list: the changed questions (source, target, and each question that was
 * merged into the source, now pointing at the target), in that order. Throws MoveRefused when refused
 * or when an id is not in the list.
 */
export function mergeInList(
  questions: readonly Question[],
  sourceId: string,
  targetId: string,
  at: string,
  by: string,
): Question[] {
  const source = questions.find((q) => q.id === sourceId);
  const target = questions.find((q) => q.id === targetId);
  if (!source || !target) throw new MoveRefused('找不到要合并的问题，可能已被另一台电脑修改，请刷新');
  const merged = mergeInto(source, target, at, by);
  const followers = questions
    .filter((q) => q.state === 'merged' && q.mergedInto === sourceId)
    .map((q) =>
      withChange(
        q,
        {
          at,
          by,
          kind: 'merged',
          from: 'merged',
          to: 'merged',
          note: `随同类问题合并到：${excerpt(target)}`,
        },
        { mergedInto: targetId },
      ),
    );
  return [merged.source, merged.target, ...followers];
}

/** Undoes a merge: the question is waiting again, on its own. Throws MoveRefused when not merged. */
export function unmerge(source: Question, at: string, by: string): Question {
  if (source.state !== 'merged') throw new MoveRefused('该问题没有合并到其他问题，无需撤销合并');
  return withChange(
    source,
    { at, by, kind: 'unmerged', from: 'merged', to: 'waiting', note: '撤销合并' },
    { state: 'waiting', mergedInto: null },
  );
}

/** Why the question cannot become a commitment, in Chinese; null when it can. */
export function commitRefusal(question: Question): string | null {
  if (question.state === 'committed') return '该问题已形成承诺，不能重复形成承诺';
  if (question.state === 'merged') return '该问题已合并到同类问题，请对合并后的那一条形成承诺，或先撤销合并';
  if (!isOpen(question.state)) {
    return `该问题已是“${STATE_NAME[question.state]}”，请先退回待处理，再形成承诺`;
  }
  return null;
}

/** 形成承诺: the question now answers to `commitmentId`. Throws MoveRefused when refused. */
export function markCommitted(question: Question, commitmentId: string, at: string, by: string): Question {
  refuseUnless(commitRefusal(question));
  return withChange(
    question,
    { at, by, kind: 'moved', from: question.state, to: 'committed', note: '形成当场承诺' },
    { ...NO_OUTCOME, state: 'committed', commitmentId },
  );
}

type ParsedQuestionPatch = z.output<typeof QuestionPatch>;

const FIELD_NAME: Record<keyof ParsedQuestionPatch, string> = {
  text: '问题内容',
  communityId: '所在社区',
  askerName: '提问人姓名',
  askerPhone: '提问人电话',
  category: '类别',
  departmentId: '答复部门',
};

/**
 * The question with the patch applied and one 'edited' entry naming the changed fields (never their
 * values: a name or phone must not reach the history). An edit that changes nothing is no change: the
 * question comes back as it was, revision and history untouched.
 */
export function recordEdit(question: Question, patch: ParsedQuestionPatch, at: string, by: string): Question {
  const changed: Partial<Question> = {};
  const names: string[] = [];
  for (const key of Object.keys(FIELD_NAME) as (keyof ParsedQuestionPatch)[]) {
    const value = patch[key];
    if (value === undefined || value === question[key]) continue;
    Object.assign(changed, { [key]: value });
    names.push(FIELD_NAME[key]);
  }
  if (names.length === 0) return question;
  return withChange(
    question,
    { at, by, kind: 'edited', from: null, to: null, note: `修改了${names.join('、')}` },
    changed,
  );
}
