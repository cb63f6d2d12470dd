import type {
  Commitment,
  CommitmentChange,
  LiveRecord,
  Office,
  Question,
  QuestionState,
} from '../../shared/domain';
import { MoveRefused } from '../../shared/logic/live/question-machine';
import { AppError, notFound } from '../api/app-error';

/**
 * The live services' refusals in one place, so two consoles see the same words for the same clash
 * and every message names what the operator has to look at.
 */

export const STATE_LABEL: Record<QuestionState, string> = {
  waiting: '待处理',
  onScreen: '上屏中',
  answered: '当场答复',
  committed: '形成承诺',
  referred: '转交书面答复',
  declined: '不予采纳',
  merged: '已合并',
};

const COMMITMENT_FIELD_LABEL: Record<CommitmentChange['field'], string> = {
  text: '承诺内容',
  listType: '清单类型',
  leadDepartmentId: '牵头单位',
  coDepartmentIds: '协办单位',
  owner: '责任人',
  deadline: '完成时限',
  milestones: '推进节点',
};

export function excerpt(text: string, max = 20): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function findQuestion(record: LiveRecord, id: string): Question {
  const found = record.questions.find((q) => q.id === id);
  if (!found) throw notFound('问题', id);
  return found;
}

export function findCommitment(record: LiveRecord, id: string): Commitment {
  const found = record.commitments.find((c) => c.id === id);
  if (!found) throw notFound('承诺', id);
  return found;
}

/** What the last change of a question was, in words: "改为“当场答复”", "修改了问题内容". */
function lastChange(question: Question): { by: string; what: string } {
  const last = question.history.at(-1);
  if (!last) return { by: '另一位工作人员', what: '修改' };
  switch (last.kind) {
    case 'edited':
      return { by: last.by, what: last.note || '修改' };
    case 'voted':
      return { by: last.by, what: '更新了票数' };
    case 'merged':
      return last.to === 'merged'
        ? { by: last.by, what: '合并到同类问题' }
        : { by: last.by, what: '并入了同类问题' };
    case 'unmerged':
      return { by: last.by, what: '撤销了合并' };
    default:
      return { by: last.by, what: `改为“${STATE_LABEL[last.to ?? question.state]}”` };
  }
}

/** The machine's refusal (MoveRefused, already in Chinese) as the API's bad-input answer. */
export function machine<T>(step: () => T, path = 'move.to'): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof MoveRefused) throw invalid(path, error.message);
    throw error;
  }
}

/** A save made on a revision someone else has moved past: refused, naming who did what. */
export function checkQuestionRevision(question: Question, expected: number): void {
  if (question.revision === expected) return;
  const { by, what } = lastChange(question);
  throw new AppError('conflict', `该问题已被“${by}”${what}，请查看最新状态后再操作`, [
    { path: 'expectedRevision', message: `当前版本 ${question.revision}，提交的版本 ${expected}` },
  ]);
}

export function checkCommitmentRevision(commitment: Commitment, expected: number): void {
  if (commitment.revision === expected) return;
  const last = commitment.changes.at(-1);
  const what = last ? `修改了${COMMITMENT_FIELD_LABEL[last.field]}` : '修改';
  throw new AppError(
    'conflict',
    `该承诺已被“${last?.by ?? '另一位工作人员'}”${what}，请查看最新内容后再操作`,
    [{ path: 'expectedRevision', message: `当前版本 ${commitment.revision}，提交的版本 ${expected}` }],
  );
}

export function invalid(path: string, message: string): AppError {
  return new AppError('invalid_input', message, [{ path, message }]);
}

export function checkCommunity(office: Office, id: string | null, path = 'communityId'): void {
  if (id !== null && !office.communities.some((c) => c.id === id)) {
    throw invalid(path, `找不到所选社区（${id}），请在“基础信息”中确认社区列表后重新选择`);
  }
}

export function checkDepartment(office: Office, id: string | null, path: string, label: string): void {
  if (id !== null && !office.departments.some((d) => d.id === id)) {
    throw invalid(path, `找不到所选${label}（${id}），请在“基础信息”中确认部门列表后重新选择`);
  }
}
