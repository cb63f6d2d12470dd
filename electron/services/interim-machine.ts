import {
  EMPTY_TALLY,
  WHOLE_REPORT_PART,
  type Card,
  type Commitment,
  type DeadlineInput,
  type LivePublicView,
  type ParsedQuestionMove,
  type PartScore,
  type PublicCommitment,
  type PublicQuestion,
  type Question,
  type QuestionPatch,
  type ScoreSheet,
  type Tally,
} from '../../shared/domain';
import { askerCount, summarizeLive } from '../../shared/logic/live/live-counts';
import type { PublicViewInput } from '../../shared/logic/live/live-public';
import { dayjs, toShanghaiIso } from '../../shared/logic/shanghai-time';

/**
 * Stand-ins for the shared question machine and deadline logic until they land, so the services
 * work end to end meanwhile. Removed once shared/logic/live has them.
 */

function step(q: Question, patch: Partial<Question>, change: Question['history'][number]): Question {
  return { ...q, ...patch, history: [...q.history, change], revision: q.revision + 1 };
}

export function applyMove(q: Question, move: ParsedQuestionMove, at: string, by: string): Question {
  const base = { at, by, kind: 'moved' as const, from: q.state, to: move.to };
  const cleared = { referral: null, declineReason: '', answerNote: q.answerNote };
  switch (move.to) {
    case 'waiting':
      return step(q, { ...cleared, state: 'waiting' }, { ...base, note: move.note });
    case 'onScreen':
      return step(q, { ...cleared, state: 'onScreen' }, { ...base, note: '' });
    case 'answered':
      return step(q, { ...cleared, state: 'answered', answerNote: move.note }, { ...base, note: move.note });
    case 'referred':
      return step(
        q,
        {
          ...cleared,
          state: 'referred',
          referral: { departmentId: move.departmentId, dueDate: move.dueDate },
        },
        { ...base, note: move.note },
      );
    case 'declined':
      return step(
        q,
        { ...cleared, state: 'declined', declineReason: move.reason },
        { ...base, note: move.reason },
      );
  }
}

export function mergeInto(
  source: Question,
  target: Question,
  at: string,
  by: string,
): { source: Question; target: Question } {
  return {
    source: step(
      source,
      { state: 'merged', mergedInto: target.id },
      { at, by, kind: 'merged', from: source.state, to: 'merged', note: target.id },
    ),
    target: step(
      target,
      {},
      { at, by, kind: 'merged', from: target.state, to: target.state, note: source.id },
    ),
  };
}

export function unmerge(q: Question, at: string, by: string): Question {
  return step(
    q,
    { state: 'waiting', mergedInto: null },
    { at, by, kind: 'unmerged', from: 'merged', to: 'waiting', note: q.mergedInto ?? '' },
  );
}

export function markCommitted(q: Question, commitmentId: string, at: string, by: string): Question {
  return step(
    q,
    { state: 'committed', commitmentId },
    { at, by, kind: 'moved', from: q.state, to: 'committed', note: commitmentId },
  );
}

export function recordEdit(q: Question, patch: QuestionPatch, at: string, by: string): Question {
  const fields = Object.keys(patch);
  return step(q, patch as Partial<Question>, {
    at,
    by,
    kind: 'edited',
    from: null,
    to: null,
    note: fields.join(','),
  });
}

export function shanghaiToday(now: Date): string {
  return toShanghaiIso(now).slice(0, 10);
}

export function resolveDeadline(input: DeadlineInput, now: Date): string | null {
  const today = shanghaiToday(now);
  if (input.kind === 'none') return null;
  if (input.kind === 'date') return input.date;
  switch (input.preset) {
    case 'today':
      return today;
    case 'days7':
      return dayjs(today).add(7, 'day').format('YYYY-MM-DD');
    case 'days30':
      return dayjs(today).add(30, 'day').format('YYYY-MM-DD');
    case 'quarterEnd': {
      const d = dayjs(today);
      const endMonth = Math.floor(d.month() / 3) * 3 + 2;
      return d.month(endMonth).endOf('month').format('YYYY-MM-DD');
    }
  }
}

export function scoreParts(cards: readonly Card[]): { partId: string; title: string }[] {
  const parts = cards
    .filter((c) => c.kind === 'agenda' && !c.hidden)
    .map((c) => ({ partId: c.id, title: c.title }));
  return parts.length ? parts : [{ partId: WHOLE_REPORT_PART, title: '工作报告' }];
}

function plus(a: Tally | null, b: Tally): Tally | null {
  const sum = {
    satisfied: (a?.satisfied ?? 0) + b.satisfied,
    basicallySatisfied: (a?.basicallySatisfied ?? 0) + b.basicallySatisfied,
    dissatisfied: (a?.dissatisfied ?? 0) + b.dissatisfied,
  };
  return a === null && sum.satisfied + sum.basicallySatisfied + sum.dissatisfied === 0 ? null : sum;
}

export function scoreSheet(cards: readonly Card[], stored: readonly PartScore[]): ScoreSheet {
  const parts = scoreParts(cards);
  const ids = new Set(parts.map((p) => p.partId));
  const rows = [
    ...parts.map(
      (p) => stored.find((s) => s.partId === p.partId) ?? { ...p, hands: null, phones: EMPTY_TALLY },
    ),
    ...stored.filter((s) => !ids.has(s.partId)),
  ];
  return {
    parts: rows.map((r) => {
      const total = plus(r.hands, r.phones);
      const votes = total ? total.satisfied + total.basicallySatisfied + total.dissatisfied : 0;
      return {
        partId: r.partId,
        title: r.title,
        hands: r.hands,
        phones: r.phones,
        total,
        votes,
        satisfiedRate: total && votes > 0 ? (total.satisfied + total.basicallySatisfied) / votes : null,
      };
    }),
  };
}

export function publicLiveView(input: PublicViewInput): LivePublicView {
  const { office, record, meeting } = input;
  const dept = (id: string | null) => office.departments.find((d) => d.id === id)?.name ?? null;
  const pq = (q: Question): PublicQuestion => ({
    id: q.id,
    text: q.text,
    category: q.category,
    communityName: office.communities.find((c) => c.id === q.communityId)?.name ?? null,
    departmentName: dept(q.departmentId),
    askers: askerCount(q, record.questions),
    votes: q.votes,
    state: q.state,
    referral: q.referral
      ? { departmentName: dept(q.referral.departmentId), dueDate: q.referral.dueDate }
      : null,
    declineReason: q.declineReason,
  });
  const pc = (c: Commitment): PublicCommitment => ({
    id: c.id,
    text: c.text,
    listType: c.listType,
    leadDepartmentName: dept(c.leadDepartmentId) ?? '',
    coDepartmentNames: c.coDepartmentIds.map((id) => dept(id) ?? ''),
    owner: c.owner,
    deadline: c.deadline,
    milestones: c.milestones.map((m) => ({ text: m.text, dueDate: m.dueDate })),
    questionText: record.questions.find((q) => q.id === c.questionId)?.text ?? null,
  });
  const inState = (s: Question['state']) => record.questions.filter((q) => q.state === s).map(pq);
  const shown =
    record.commitments.find((c) => c.id === input.commitmentId) ?? record.commitments.at(-1) ?? null;
  const current = record.questions.find((q) => q.state === 'onScreen');
  const welcome = input.cards.find((c) => c.kind === 'welcome');
  return {
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    rehearsal: input.rehearsal,
    current: current ? pq(current) : null,
    commitment: shown ? pc(shown) : null,
    summary: summarizeLive(record),
    answered: inState('answered'),
    referred: inState('referred'),
    declined: inState('declined'),
    waiting: inState('waiting'),
    commitments: record.commitments.map(pc),
    scores: scoreSheet(input.cards, record.scores),
    wifi: welcome?.kind === 'welcome' ? welcome.wifi : '',
    joinUrl: input.joinUrl,
    date: input.date,
  };
}
