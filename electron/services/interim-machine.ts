import {
  EMPTY_TALLY,
  WHOLE_REPORT_PART,
  type Card,
  type Commitment,
  type LivePublicView,
  type PartScore,
  type PublicCommitment,
  type PublicQuestion,
  type Question,
  type ScoreSheet,
  type Tally,
} from '../../shared/domain';
import { askerCount, summarizeLive } from '../../shared/logic/live/live-counts';
import type { PublicViewInput } from '../../shared/logic/live/live-public';

/**
 * Stand-ins for the shared score sheet and public view until they land in shared/logic/live, so the
 * services work end to end meanwhile. Removed once they do.
 */

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
