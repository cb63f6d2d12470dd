import {
  ListType,
  OPEN_QUESTION_STATES,
  QuestionState,
  type CloseBlocker,
  type Commitment,
  type CommitmentCounts,
  type LiveRecord,
  type LiveSummary,
  type Question,
  type QuestionCounts,
} from '../../domain';

/** Counts by state, every state present (0 where none). */
export function questionCounts(questions: readonly Question[]): QuestionCounts {
  const counts = Object.fromEntries(QuestionState.options.map((s) => [s, 0])) as QuestionCounts;
  for (const q of questions) counts[q.state] += 1;
  return counts;
}

/** Counts by list type, every type present (0 where none). */
export function commitmentCounts(commitments: readonly Commitment[]): CommitmentCounts {
  const counts = Object.fromEntries(ListType.options.map((t) => [t, 0])) as CommitmentCounts;
  for (const c of commitments) counts[c.listType] += 1;
  return counts;
}

const EXCERPT = 30;

/** Each question still waiting or on screen, in arrival order: what keeps the meeting from closing. */
export function closeBlockers(questions: readonly Question[]): CloseBlocker[] {
  return questions
    .filter((q) => OPEN_QUESTION_STATES.includes(q.state))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
    .map((q) => ({
      questionId: q.id,
      state: q.state,
      excerpt: q.text.length > EXCERPT ? `${q.text.slice(0, EXCERPT)}…` : q.text,
    }));
}

/** 1 + the questions merged into this one. */
export function askerCount(question: Pick<Question, 'id'>, all: readonly Question[]): number {
  return 1 + all.filter((q) => q.state === 'merged' && q.mergedInto === question.id).length;
}

/** askerCount of every question in one pass (a question absent from the map has 1 asker). */
export function askerCounts(all: readonly Question[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of all) {
    if (q.state === 'merged' && q.mergedInto !== null)
      counts.set(q.mergedInto, (counts.get(q.mergedInto) ?? 1) + 1);
  }
  return counts;
}

/** The end-of-meeting counts. Implemented in live-summary (helper); see its tests. */
export function summarizeLive(record: Pick<LiveRecord, 'questions' | 'commitments'>): LiveSummary {
  const byState = questionCounts(record.questions);
  const targets = new Set(
    record.questions.filter((q) => q.state === 'merged' && q.mergedInto).map((q) => q.mergedInto),
  );
  const departments = new Map<string, number>();
  for (const c of record.commitments) {
    departments.set(c.leadDepartmentId, (departments.get(c.leadDepartmentId) ?? 0) + 1);
  }
  return {
    received: record.questions.length,
    byState,
    mergedGroups: targets.size,
    commitments: record.commitments.length,
    byListType: commitmentCounts(record.commitments),
    byDepartment: [...departments].map(([departmentId, count]) => ({ departmentId, count })),
  };
}
