import type { LiveQuestions, ParsedInput } from '../../shared/api';
import { OPEN_QUESTION_STATES, type LiveRecord, type Question } from '../../shared/domain';
import { shanghaiToday } from '../../shared/logic/live/deadline';
import { applyMove, mergeInList, recordEdit, unmerge } from '../../shared/logic/live/question-machine';
import {
  checkCommunity,
  checkDepartment,
  checkQuestionRevision,
  findQuestion,
  invalid,
  machine,
} from './live-refusals';
import { readLive, updateLive } from './live-record';
import { getOffice } from './office-service';
import { actOnPresentation } from './presentation-service';
import { nowIso, type ServiceContext } from './service-context';

/** 现场提问: entry, moves, merges and votes, through the live record (see live-record.ts). */

/**
 * After the close every question has an outcome: nothing may add an open one until the meeting is
 * reopened. Outcomes themselves may still be corrected.
 */
function checkNotClosed(record: LiveRecord, what: string): void {
  if (record.closing !== null) {
    throw invalid('meetingId', `会议已结束，不能再${what}；如确需调整，请先在“结束会议”中重新开启会议`);
  }
}

export function listQuestions(ctx: ServiceContext, meetingId: string): LiveQuestions {
  const { record, rehearsal } = readLive(ctx, meetingId);
  return { questions: record.questions, rehearsal, closing: record.closing };
}

function replace(questions: readonly Question[], ...changed: Question[]): Question[] {
  const byId = new Map(changed.map((q) => [q.id, q]));
  return questions.map((q) => byId.get(q.id) ?? q);
}

/** What a new question is made of, from the entry form or a phone; the rest is the service's. */
export interface NewQuestion {
  source: Question['source'];
  text: string;
  communityId: string | null;
  askerName: string;
  askerPhone: string;
  category: string;
  departmentId: string | null;
  clientId: string | null;
  flags: string[];
}

/** A new question as stored: waiting, unvoted, one 'created' entry. Staff's are approved as entered. */
export function buildQuestion(ctx: ServiceContext, fields: NewQuestion, by: string): Question {
  const at = nowIso(ctx);
  return {
    id: ctx.newId('q'),
    source: fields.source,
    text: fields.text,
    communityId: fields.communityId,
    askerName: fields.askerName,
    askerPhone: fields.askerPhone,
    category: fields.category,
    departmentId: fields.departmentId,
    state: 'waiting',
    votes: 0,
    receivedAt: at,
    clientId: fields.clientId,
    answerNote: '',
    referral: null,
    declineReason: '',
    commitmentId: null,
    mergedInto: null,
    // Staff typed it in the hall: already moderated. A phone's waits for the moderator.
    approved: fields.source !== 'phone',
    flags: fields.flags,
    history: [{ at, by, kind: 'created', from: null, to: 'waiting', note: '' }],
    revision: 1,
  };
}

/** The question already stored under this idempotency key and source, if any. */
export function findByClientId(
  record: LiveRecord,
  source: Question['source'],
  clientId: string | null,
): Question | undefined {
  return clientId === null
    ? undefined
    : record.questions.find((q) => q.source === source && q.clientId === clientId);
}

export async function createQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.create'>,
): Promise<Question> {
  const { meetingId, question: draft, by } = input;
  const office = getOffice(ctx);
  checkCommunity(office, draft.communityId, 'question.communityId');
  checkDepartment(office, draft.departmentId, 'question.departmentId', '答复部门');
  return updateLive(ctx, meetingId, ({ record }) => {
    checkNotClosed(record, '补录问题');
    const repeated = findByClientId(record, draft.source, draft.clientId);
    if (repeated) return { record, result: repeated };
    // The category is what the form sent: it showed the suggestion, and the operator may have
    // cleared it on purpose.
    const question = buildQuestion(ctx, { ...draft, flags: [] }, by);
    return { record: { ...record, questions: [...record.questions, question] }, result: question };
  });
}

export async function updateQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.update'>,
): Promise<Question> {
  const { meetingId, id, expectedRevision, patch, by } = input;
  const office = getOffice(ctx);
  if (patch.communityId !== undefined) checkCommunity(office, patch.communityId, 'patch.communityId');
  if (patch.departmentId !== undefined) {
    checkDepartment(office, patch.departmentId, 'patch.departmentId', '答复部门');
  }
  return updateLive(ctx, meetingId, ({ record }) => {
    const question = findQuestion(record, id);
    checkQuestionRevision(question, expectedRevision);
    const edited = recordEdit(question, patch, nowIso(ctx), by);
    // An edit that changes nothing writes nothing (recordEdit hands the same question back).
    if (edited === question) return { record, result: question };
    return { record: { ...record, questions: replace(record.questions, edited) }, result: edited };
  });
}

export async function moveQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.move'>,
): Promise<Question> {
  const { meetingId, id, expectedRevision, move, by } = input;
  if (move.to === 'referred') {
    checkDepartment(getOffice(ctx), move.departmentId, 'move.departmentId', '答复部门');
    checkDueDate(ctx, move.dueDate, 'move.dueDate');
  }
  const moved = await updateLive(ctx, meetingId, ({ record }) => {
    const question = findQuestion(record, id);
    checkQuestionRevision(question, expectedRevision);
    if (move.to === 'waiting' || move.to === 'onScreen') checkNotClosed(record, '把问题退回待处理或上屏');
    const at = nowIso(ctx);
    const next = approvedAlong(
      machine(() => applyMove(question, move, at, by)),
      at,
      by,
    );
    // One question on screen at a time: the one it replaces goes back to the queue, with its own entry.
    const previous =
      move.to === 'onScreen' ? record.questions.filter((q) => q.state === 'onScreen' && q.id !== id) : [];
    const back = previous.map((q) => applyMove(q, { to: 'waiting', note: '另一问题上屏' }, at, by));
    return { record: { ...record, questions: replace(record.questions, next, ...back) }, result: next };
  });
  if (move.to === 'onScreen') {
    actOnPresentation(ctx, { meetingId, action: { kind: 'overlay', overlay: 'question', on: true } });
  }
  return moved;
}

export async function mergeQuestions(
  ctx: ServiceContext,
  input: ParsedInput<'questions.merge'>,
): Promise<Question> {
  const { meetingId, sourceId, targetId, by } = input;
  return updateLive(ctx, meetingId, ({ record }) => {
    findQuestion(record, sourceId);
    const target = findQuestion(record, targetId);
    // Questions already merged into the source follow it, so none points at a merged one.
    const changed = machine(
      () => mergeInList(record.questions, sourceId, targetId, nowIso(ctx), by),
      'sourceId',
    );
    return {
      record: { ...record, questions: replace(record.questions, ...changed) },
      result: changed.find((q) => q.id === target.id) ?? target,
    };
  });
}

export async function unmergeQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.unmerge'>,
): Promise<Question> {
  const { meetingId, id, by } = input;
  return updateLive(ctx, meetingId, ({ record }) => {
    const question = findQuestion(record, id);
    checkNotClosed(record, '撤销合并');
    const alone = machine(() => unmerge(question, nowIso(ctx), by), 'id');
    return { record: { ...record, questions: replace(record.questions, alone) }, result: alone };
  });
}

export async function voteQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.vote'>,
): Promise<Question> {
  const { meetingId, id, delta } = input;
  return updateLive(ctx, meetingId, ({ record }) => {
    const question = findQuestion(record, id);
    const votes = Math.max(0, question.votes + delta);
    if (votes === question.votes) return { record, result: question };
    // Votes commute, so no history entry and no revision bump: a vote never makes a console's edit stale.
    const voted = { ...question, votes };
    return { record: { ...record, questions: replace(record.questions, voted) }, result: voted };
  });
}

/** A written answer is promised for today or later (Asia/Shanghai). */
function checkDueDate(ctx: ServiceContext, dueDate: string, path: string): void {
  const today = shanghaiToday(ctx.now());
  if (dueDate < today) throw invalid(path, `书面答复日期不能早于今天（${today}）`);
}

export const REFER_REST_NOTE = '会后统一书面答复';

export async function referRest(
  ctx: ServiceContext,
  input: ParsedInput<'questions.referRest'>,
): Promise<{ referred: number }> {
  const { meetingId, dueDate, departmentId, by } = input;
  checkDepartment(getOffice(ctx), departmentId, 'departmentId', '答复部门');
  checkDueDate(ctx, dueDate, 'dueDate');
  return updateLive(ctx, meetingId, ({ record }) => {
    const at = nowIso(ctx);
    const open = record.questions.filter((q) => OPEN_QUESTION_STATES.includes(q.state));
    const referred = open.map((q) =>
      applyMove(
        q,
        { to: 'referred', departmentId: departmentId ?? q.departmentId, dueDate, note: REFER_REST_NOTE },
        at,
        by,
      ),
    );
    return {
      record: { ...record, questions: replace(record.questions, ...referred) },
      result: { referred: referred.length },
    };
  });
}

/** The moves that put a question before the hall, and so approve it in the same write. */
const APPROVING_STATES: readonly Question['state'][] = ['onScreen', 'answered', 'referred', 'committed'];

/** The question approved or withdrawn, recorded in its history (通过 / 撤销); revision bumped. */
function withApproval(question: Question, approved: boolean, at: string, by: string): Question {
  return {
    ...question,
    approved,
    history: [
      ...question.history,
      { at, by, kind: 'approved', from: null, to: null, note: approved ? '通过' : '撤销' },
    ],
    revision: question.revision + 1,
  };
}

/**
 * Putting a question on screen, answering, referring it or making a commitment of it is the
 * moderator letting it before the hall: an unapproved (phone) question is approved in the same
 * change. The move already bumped the revision, so the approval entry adds none.
 */
export function approvedAlong(moved: Question, at: string, by: string): Question {
  if (moved.approved || !APPROVING_STATES.includes(moved.state)) return moved;
  return { ...withApproval(moved, true, at, by), revision: moved.revision };
}

/** 审核: a phone's question onto (or back off) the public surfaces; recorded in its history. */
export async function approveQuestion(
  ctx: ServiceContext,
  input: ParsedInput<'questions.approve'>,
): Promise<Question> {
  const { meetingId, id, expectedRevision, approved, by } = input;
  return updateLive(ctx, meetingId, ({ record }) => {
    const question = findQuestion(record, id);
    checkQuestionRevision(question, expectedRevision);
    // Approving twice (two moderators at once, a repeated key press) changes nothing and writes nothing.
    if (question.approved === approved) return { record, result: question };
    const next = withApproval(question, approved, nowIso(ctx), by);
    return { record: { ...record, questions: replace(record.questions, next) }, result: next };
  });
}
