import type { Commitment, LiveRecord, PhoneQuestionStatus, Question } from '../../domain';
import { askerCount } from '../live/live-counts';
import type { Names } from '../live/live-public';

/**
 * What became of a phone's own question, as its asker sees it. Nothing personal: no asker name or
 * phone (a phone's question has none, but a question merged into is often a staff-typed slip), and
 * every text through `redact`.
 */

/** Merges point at an unmerged question (question-machine keeps it so); a few steps guard a bad record. */
const MAX_MERGE_STEPS = 10;

/** The question whose outcome this one shares: itself, or the one it was merged into. */
export function outcomeOf(question: Question, byId: ReadonlyMap<string, Question>): Question {
  let current = question;
  for (let i = 0; i < MAX_MERGE_STEPS && current.state === 'merged' && current.mergedInto; i += 1) {
    const next = byId.get(current.mergedInto);
    if (!next) break;
    current = next;
  }
  return current;
}

export interface StatusContext {
  record: Pick<LiveRecord, 'questions' | 'commitments'>;
  names: Names;
  redact: (text: string) => string;
}

function commitmentOf(
  commitments: readonly Commitment[],
  id: string | null,
  { names, redact }: StatusContext,
): PhoneQuestionStatus['commitment'] {
  const found = id === null ? undefined : commitments.find((c) => c.id === id);
  if (!found) return null;
  return {
    text: redact(found.text),
    listType: found.listType,
    leadDepartmentName: names.department(found.leadDepartmentId) ?? '',
    deadline: found.deadline,
  };
}

/** The status of one question of this phone (`clientId` is the phone's key for it). */
export function phoneQuestionStatus(
  question: Question,
  clientId: string,
  context: StatusContext,
  byId: ReadonlyMap<string, Question> = new Map(context.record.questions.map((q) => [q.id, q])),
): PhoneQuestionStatus {
  const { record, names, redact } = context;
  const outcome = outcomeOf(question, byId);
  const merged = outcome.id !== question.id;
  return {
    clientId,
    id: question.id,
    text: redact(question.text),
    state: outcome.state,
    merged,
    askers: askerCount(outcome, record.questions),
    // 待审核 is a waiting question the moderator has not let through; once it has an outcome, the
    // outcome is what the asker is told.
    pending: outcome.state === 'waiting' && !outcome.approved,
    referral: outcome.referral && {
      departmentName: names.department(outcome.referral.departmentId),
      dueDate: outcome.referral.dueDate,
    },
    declineReason: redact(outcome.declineReason),
    answerNote: redact(outcome.answerNote),
    commitment: commitmentOf(record.commitments, outcome.commitmentId, context),
    receivedAt: question.receivedAt,
  };
}

/** The phone's questions among `clientIds`, in the order asked; ids this record does not know are skipped. */
export function phoneQuestionStatuses(
  clientIds: readonly string[],
  context: StatusContext,
): PhoneQuestionStatus[] {
  const phones = new Map<string, Question>();
  for (const q of context.record.questions) {
    if (q.source === 'phone' && q.clientId !== null) phones.set(q.clientId, q);
  }
  const byId = new Map(context.record.questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  return clientIds.flatMap((clientId) => {
    const question = phones.get(clientId);
    if (!question || seen.has(clientId)) return [];
    seen.add(clientId);
    return [phoneQuestionStatus(question, clientId, context, byId)];
  });
}
