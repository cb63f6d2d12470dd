import {
  emptyLiveRecord,
  type Commitment,
  type LiveRecord,
  type PartScore,
  type Question,
} from '../../shared/domain';
import { dayjs, toShanghaiIso } from '../../shared/logic/shanghai-time';
import { meetingDocName } from '../storage/documents';
import { resolveDeadline, shanghaiToday } from '../../shared/logic/live/deadline';
import { applyMove, markCommitted, mergeInto } from '../../shared/logic/live/question-machine';
import { scoreParts } from '../../shared/logic/live/score-sheet';
import { getOffice } from '../services/office-service';
import { REFER_REST_NOTE } from '../services/questions-service';
import { getReport } from '../services/report-service';
import type { ServiceContext } from '../services/service-context';
import { PARKING_COMMITMENTS, type SampleCommitment } from './sample-commitments';
import { CLOSE, PARKING_QUESTIONS, type SampleOutcome, type SampleQuestion } from './sample-question-texts';

/**
 * The live record of the sample's parking meeting (held 2024-11-20): every question with its
 * history, its merges and votes, the commitments it led to, a show of hands, the close. A rehearsal
 * started "with test data" gets a handful of the same questions, dated today, in several states.
 * Each record is built through the question machine, so its history is what the console would have
 * written.
 */

const OPERATOR = '工作人员';
const SECOND_CONSOLE = '第二控制台';
const MEETING_START = '2024-11-20T09:30:00+08:00';

interface Lookup {
  community(name: string | null): string | null;
  department(name: string | null): string | null;
}

function lookup(ctx: ServiceContext): Lookup {
  const office = getOffice(ctx);
  const communities = new Map(office.communities.map((c) => [c.name, c.id]));
  const departments = new Map(office.departments.map((d) => [d.name, d.id]));
  return {
    community: (name) => (name === null ? null : (communities.get(name) ?? null)),
    department: (name) => (name === null ? null : (departments.get(name) ?? null)),
  };
}

function asked(ctx: ServiceContext, q: SampleQuestion, names: Lookup, at: string, by: string): Question {
  return {
    id: ctx.newId('q'),
    source: 'staff',
    text: q.text,
    communityId: names.community(q.community),
    askerName: q.asker?.name ?? '',
    askerPhone: q.asker?.phone ?? '',
    category: q.category,
    departmentId: names.department(q.department),
    state: 'waiting',
    votes: q.votes,
    receivedAt: at,
    clientId: null,
    answerNote: '',
    referral: null,
    declineReason: '',
    commitmentId: null,
    mergedInto: null,
    approved: true,
    flags: [],
    history: [{ at, by, kind: 'created', from: null, to: 'waiting', note: '' }],
    revision: 1,
  };
}

function committed(
  ctx: ServiceContext,
  c: SampleCommitment,
  names: Lookup,
  made: { at: string; by: string; questionId: string | null; deadline: string | null; dayShift: number },
): Commitment | null {
  const lead = names.department(c.department);
  if (!lead) return null;
  const shift = (day: string) => dayjs(day).add(made.dayShift, 'day').format('YYYY-MM-DD');
  return {
    id: ctx.newId('k'),
    questionId: made.questionId,
    text: c.text,
    listType: c.listType,
    leadDepartmentId: lead,
    coDepartmentIds: c.coDepartments
      .map((name) => names.department(name))
      .filter((id): id is string => id !== null && id !== lead),
    owner: c.owner,
    deadline: made.deadline,
    milestones: c.milestones.map((m) => ({
      id: ctx.newId('m'),
      text: m.text,
      dueDate: shift(m.dueDate),
      doneAt: null,
    })),
    createdAt: made.at,
    createdBy: made.by,
    changes: [],
    revision: 1,
  };
}

interface Plan {
  question: SampleQuestion;
  outcome: SampleOutcome;
}

interface Built {
  questions: Question[];
  commitments: Commitment[];
}

/**
 * Questions asked at `minuteAt`, their outcomes a few minutes later, merges last (their targets
 * exist by then); commitments follow the plan, those no question asked for ("announced") included.
 */
function build(
  ctx: ServiceContext,
  plans: readonly Plan[],
  commitments: readonly SampleCommitment[],
  clock: {
    at: (minute: number) => string;
    dayShift: number;
    deadline: (c: SampleCommitment) => string | null;
  },
): Built {
  const names = lookup(ctx);
  const byKey = new Map<string, Question>();
  const made: Commitment[] = [];
  const madeFor = new Set<string>();
  plans.forEach(({ question: q, outcome }, i) => {
    const by = i % 3 === 2 ? SECOND_CONSOLE : OPERATOR;
    let question = asked(ctx, q, names, clock.at(q.minute), by);
    const decided = clock.at(q.minute + 3);
    const onScreen = () => applyMove(question, { to: 'onScreen' }, clock.at(q.minute + 1), by);
    switch (outcome.to) {
      case 'waiting':
      case 'merged':
      case 'referredAtClose':
        break;
      case 'onScreen':
        question = onScreen();
        break;
      case 'answered':
        question = applyMove(onScreen(), { to: 'answered', note: outcome.note }, decided, by);
        break;
      case 'referred':
        question = applyMove(
          question,
          {
            to: 'referred',
            departmentId: names.department(outcome.department),
            dueDate: outcome.dueDate,
            note: outcome.note,
          },
          decided,
          by,
        );
        break;
      case 'declined':
        question = applyMove(question, { to: 'declined', reason: outcome.reason }, decided, by);
        break;
      case 'committed': {
        const template = commitments.find((c) => c.key === outcome.commitment);
        const commitment =
          template &&
          committed(ctx, template, names, {
            at: decided,
            by,
            questionId: question.id,
            deadline: clock.deadline(template),
            dayShift: clock.dayShift,
          });
        if (commitment) {
          question = markCommitted(onScreen(), commitment.id, decided, by);
          made.push(commitment);
          madeFor.add(template.key);
        }
        break;
      }
    }
    byKey.set(q.key, question);
  });
  for (const { question: q, outcome } of plans) {
    if (outcome.to !== 'merged') continue;
    const source = byKey.get(q.key);
    const target = byKey.get(outcome.into);
    if (!source || !target) continue;
    const merged = mergeInto(source, target, clock.at(q.minute + 1), OPERATOR);
    byKey.set(q.key, merged.source);
    byKey.set(outcome.into, merged.target);
  }
  const announced = commitments
    .filter((c) => !madeFor.has(c.key))
    .map((c) =>
      committed(ctx, c, names, {
        at: clock.at(CLOSE.minute - 15),
        by: OPERATOR,
        questionId: null,
        deadline: clock.deadline(c),
        dayShift: clock.dayShift,
      }),
    )
    .filter((c): c is Commitment => c !== null);
  return {
    questions: plans.map((p) => byKey.get(p.question.key) as Question),
    commitments: [...made, ...announced],
  };
}

/** The held parking meeting: 32 questions in every outcome, its 7 commitments, the hands, the close. */
export function heldMeetingRecord(ctx: ServiceContext, meetingId: string): LiveRecord {
  const at = (minute: number) => toShanghaiIso(dayjs(MEETING_START).add(minute, 'minute').toDate());
  const built = build(
    ctx,
    PARKING_QUESTIONS.map((question) => ({ question, outcome: question.outcome })),
    PARKING_COMMITMENTS,
    { at, dayShift: 0, deadline: (c) => c.deadline },
  );
  const closedAt = at(CLOSE.minute);
  const questions = built.questions.map((q) =>
    q.state === 'waiting'
      ? applyMove(
          q,
          { to: 'referred', departmentId: q.departmentId, dueDate: CLOSE.writtenBy, note: REFER_REST_NOTE },
          closedAt,
          OPERATOR,
        )
      : q,
  );
  const hands = [
    { satisfied: 86, basicallySatisfied: 21, dissatisfied: 4 },
    { satisfied: 74, basicallySatisfied: 30, dissatisfied: 7 },
  ];
  const scores: PartScore[] = scoreParts(getReport(ctx, meetingId).cards).map((part, i) => ({
    ...part,
    hands: hands[i % hands.length] ?? null,
    phones: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
    updatedAt: at(CLOSE.minute - 5),
    updatedBy: OPERATOR,
  }));
  return {
    questions,
    commitments: built.commitments,
    scores,
    closing: { closedAt, closedBy: OPERATOR, writtenBy: CLOSE.writtenBy },
    phoneVotes: [],
    phoneScores: [],
  };
}

/** What a rehearsal "with test data" starts from: the same residents' questions, asked just now. */
const REHEARSAL_PLAN: Array<[key: string, outcome: SampleOutcome | 'dueInTwoWeeks']> = [
  ['fireLane', { to: 'committed', commitment: 'fireLane' }],
  ['fee', { to: 'answered', note: '收费标准经业主大会表决，收支每季度公示。' }],
  ['schoolRun', 'dueInTwoWeeks'],
  ['greenBelt', { to: 'declined', reason: '小区绿地属于公共绿化用地，按规定不能改作停车场。' }],
  ['nightSpaces', { to: 'onScreen' }],
  ['nightSpaces2', { to: 'merged', into: 'nightSpaces' }],
  ['garage', { to: 'waiting' }],
  ['ebikes', { to: 'waiting' }],
  ['cameras', { to: 'waiting' }],
];

export function rehearsalRecord(ctx: ServiceContext): LiveRecord {
  const now = ctx.now();
  const today = shanghaiToday(now);
  const inTwoWeeks = dayjs(today).add(14, 'day').format('YYYY-MM-DD');
  const plans = REHEARSAL_PLAN.flatMap(([key, outcome]) => {
    const question = PARKING_QUESTIONS.find((q) => q.key === key);
    if (!question) return [];
    const resolved: SampleOutcome =
      outcome === 'dueInTwoWeeks'
        ? { to: 'referred', department: question.department, dueDate: inTwoWeeks, note: '' }
        : outcome;
    return [{ question, outcome: resolved }];
  });
  // Asked over the last hour or so, in the plan's order, the last one a minute ago.
  const span = plans.length * 5;
  const at = (minute: number) =>
    toShanghaiIso(
      dayjs(now)
        .subtract(span - minute, 'minute')
        .toDate(),
    );
  const dated = plans.map((p, i) => ({ ...p, question: { ...p.question, minute: i * 5 } }));
  const days = dayjs(today).diff(dayjs('2024-11-20'), 'day');
  const templates = PARKING_COMMITMENTS.filter((c) => c.key === 'fireLane');
  const built = build(ctx, dated, templates, {
    at,
    dayShift: days,
    deadline: () => resolveDeadline({ kind: 'preset', preset: 'days7' }, now),
  });
  return { ...emptyLiveRecord(), ...built };
}

/** Gives the sample's parking meeting its live record; returns how many commitments it made. */
export async function installSampleLive(ctx: ServiceContext, meetingId: string): Promise<number> {
  const record = heldMeetingRecord(ctx, meetingId);
  await ctx.repo.update(meetingDocName(meetingId), (doc) => {
    if (!doc) throw new Error(`sample meeting ${meetingId} is missing`);
    return { ...doc, ...record };
  });
  ctx.events.emit('meetings.changed', { id: meetingId });
  return record.commitments.length;
}
