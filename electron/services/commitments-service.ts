import type { ParsedInput } from '../../shared/api';
import {
  type Commitment,
  type CommitmentChange,
  type DeadlineInput,
  type ListType,
  type Milestone,
  type Office,
} from '../../shared/domain';
import { resolveDeadline, shanghaiToday } from '../../shared/logic/live/deadline';
import { markCommitted } from '../../shared/logic/live/question-machine';
import {
  LIST_LABEL,
  checkCommitmentRevision,
  checkDepartment,
  checkQuestionRevision,
  findCommitment,
  findQuestion,
  invalid,
  machine,
} from './live-refusals';
import { readLive, updateLive } from './live-record';
import { getOffice } from './office-service';
import { actOnPresentation } from './presentation-service';
import { approvedAlong } from './questions-service';
import { nowIso, type ServiceContext } from './service-context';

/** 当场承诺: made from a question (which becomes 形成承诺 in the same write) or announced; edits keep history. */

export function listCommitments(ctx: ServiceContext, meetingId: string): Commitment[] {
  return readLive(ctx, meetingId).record.commitments;
}

/** The lead department exists; the co-departments exist, differ from it and from each other. */
function checkDepartments(office: Office, lead: string, co: readonly string[]): void {
  if (!office.departments.some((d) => d.id === lead)) {
    throw invalid(
      'commitment.leadDepartmentId',
      `找不到所选牵头单位（${lead}），请在“设置”中确认部门列表后重新选择`,
    );
  }
  const seen = new Set<string>();
  co.forEach((id, i) => {
    checkDepartment(office, id, `commitment.coDepartmentIds.${i}`, '协办单位');
    if (id === lead) throw invalid(`commitment.coDepartmentIds.${i}`, '协办单位不能与牵头单位相同');
    if (seen.has(id)) throw invalid(`commitment.coDepartmentIds.${i}`, '同一协办单位选了两次');
    seen.add(id);
  });
}

/** 立即整改 and 限期办理 need a date; 持续推进 needs at least one dated milestone. */
function checkDated(listType: ListType, deadline: string | null, milestones: readonly unknown[]): void {
  if (listType !== 'ongoing' && deadline === null) {
    throw invalid('commitment.deadline', `“${LIST_LABEL[listType]}”的承诺需要完成时限，请选择日期`);
  }
  if (listType === 'ongoing' && milestones.length === 0) {
    throw invalid('commitment.milestones', `“${LIST_LABEL.ongoing}”的承诺至少需要一个带日期的推进节点`);
  }
}

/** A date the operator sets now is today or later (Asia/Shanghai). */
function checkNotPast(
  deadline: string | null,
  milestones: readonly { text: string; dueDate: string }[],
  today: string,
): void {
  if (deadline !== null && deadline < today) {
    throw invalid('commitment.deadline', `完成时限不能早于今天（${today}）`);
  }
  milestones.forEach((m, i) => {
    if (m.dueDate < today) {
      throw invalid(`commitment.milestones.${i}.dueDate`, `节点“${m.text}”的日期不能早于今天（${today}）`);
    }
  });
}

function deadlineOf(ctx: ServiceContext, input: DeadlineInput): string | null {
  return resolveDeadline(input, ctx.now());
}

function newMilestones(
  ctx: ServiceContext,
  drafts: readonly { text: string; dueDate: string }[],
): Milestone[] {
  return drafts.map((m) => ({ id: ctx.newId('m'), text: m.text, dueDate: m.dueDate, doneAt: null }));
}

export async function createCommitment(
  ctx: ServiceContext,
  input: ParsedInput<'commitments.create'>,
): Promise<Commitment> {
  const { meetingId, commitment: draft, questionRevision, by } = input;
  const today = shanghaiToday(ctx.now());
  const deadline = deadlineOf(ctx, draft.deadline);
  checkDepartments(getOffice(ctx), draft.leadDepartmentId, draft.coDepartmentIds);
  checkDated(draft.listType, deadline, draft.milestones);
  checkNotPast(deadline, draft.milestones, today);
  const made = await updateLive(ctx, meetingId, ({ record }) => {
    const at = nowIso(ctx);
    const commitment: Commitment = {
      id: ctx.newId('k'),
      questionId: draft.questionId,
      text: draft.text,
      listType: draft.listType,
      leadDepartmentId: draft.leadDepartmentId,
      coDepartmentIds: draft.coDepartmentIds,
      owner: draft.owner,
      deadline,
      milestones: newMilestones(ctx, draft.milestones),
      createdAt: at,
      createdBy: by,
      changes: [],
      revision: 1,
    };
    let questions = record.questions;
    if (draft.questionId !== null) {
      const question = findQuestion(record, draft.questionId);
      if (questionRevision !== undefined) checkQuestionRevision(question, questionRevision);
      const committed = approvedAlong(
        machine(() => markCommitted(question, commitment.id, at, by), 'commitment.questionId'),
        at,
        by,
      );
      questions = questions.map((q) => (q.id === committed.id ? committed : q));
    }
    return {
      record: { ...record, questions, commitments: [...record.commitments, commitment] },
      result: commitment,
    };
  });
  actOnPresentation(ctx, { meetingId, action: { kind: 'showCommitment', commitmentId: made.id } });
  return made;
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export async function updateCommitment(
  ctx: ServiceContext,
  input: ParsedInput<'commitments.update'>,
): Promise<Commitment> {
  const { meetingId, id, expectedRevision, patch, by } = input;
  const office = getOffice(ctx);
  const today = shanghaiToday(ctx.now());
  return updateLive(ctx, meetingId, ({ record }) => {
    const current = findCommitment(record, id);
    checkCommitmentRevision(current, expectedRevision);
    const next: Commitment = {
      ...current,
      text: patch.text ?? current.text,
      listType: patch.listType ?? current.listType,
      leadDepartmentId: patch.leadDepartmentId ?? current.leadDepartmentId,
      coDepartmentIds: patch.coDepartmentIds ?? current.coDepartmentIds,
      owner: patch.owner ?? current.owner,
      deadline: patch.deadline ? deadlineOf(ctx, patch.deadline) : current.deadline,
      milestones: patch.milestones
        ? keepMilestoneIds(ctx, current.milestones, patch.milestones)
        : current.milestones,
    };
    if (patch.leadDepartmentId !== undefined || patch.coDepartmentIds !== undefined) {
      checkDepartments(office, next.leadDepartmentId, next.coDepartmentIds);
    }
    checkDated(next.listType, next.deadline, next.milestones);
    // An old date left as it was may be past by now; only what this edit sets must be today or later.
    checkNotPast(patch.deadline ? next.deadline : null, patch.milestones ?? [], today);
    const at = nowIso(ctx);
    const fields: CommitmentChange['field'][] = [
      'text',
      'listType',
      'leadDepartmentId',
      'coDepartmentIds',
      'owner',
      'deadline',
      'milestones',
    ];
    const changes: CommitmentChange[] = fields
      .map((field) => ({ field, from: asText(plain(current, field)), to: asText(plain(next, field)) }))
      .filter((c) => c.from !== c.to)
      .map((c) => ({ at, by, ...c }));
    if (changes.length === 0) return { record, result: current };
    const saved: Commitment = {
      ...next,
      changes: [...current.changes, ...changes],
      revision: current.revision + 1,
    };
    return {
      record: { ...record, commitments: record.commitments.map((c) => (c.id === id ? saved : c)) },
      result: saved,
    };
  });
}

/** Milestones compared by what they say, not their ids, so re-sending the same list is no change. */
function plain(c: Commitment, field: CommitmentChange['field']): unknown {
  if (field === 'milestones') return c.milestones.map((m) => ({ text: m.text, dueDate: m.dueDate }));
  return c[field];
}

/** A milestone sent back unchanged keeps its id and done mark. */
function keepMilestoneIds(
  ctx: ServiceContext,
  old: readonly Milestone[],
  drafts: readonly { text: string; dueDate: string }[],
): Milestone[] {
  const pool = [...old];
  return drafts.map((d) => {
    const i = pool.findIndex((m) => m.text === d.text && m.dueDate === d.dueDate);
    if (i >= 0) return pool.splice(i, 1)[0] as Milestone;
    return { id: ctx.newId('m'), text: d.text, dueDate: d.dueDate, doneAt: null };
  });
}
