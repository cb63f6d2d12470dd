import {
  OPEN_QUESTION_STATES,
  type Card,
  type LiveRecord,
  type Meeting,
  type Office,
  type PhonePublicQuestion,
  type PhoneScorePart,
  type PhoneBallotView,
  type PhoneView,
  type Question,
} from '../../domain';
import { askerCounts } from '../live/live-counts';
import { namesOf, redactorFor } from '../live/live-public';
import { QUESTION_CATEGORIES } from '../live/question-category';
import { scoreParts } from '../live/score-sheet';
import { viewVersion } from './view-version';

export interface PhoneViewInput {
  meeting: Meeting;
  office: Office;
  record: LiveRecord;
  rehearsal: boolean;
  cards: readonly Card[];
  /** The meeting's day (Asia/Shanghai). */
  date: string;
  phoneId: string;
  /** The open phone votes of this meeting, as this phone sees them (its own choice marked). */
  ballots?: PhoneBallotView[];
}

const isOpen = (q: Question) => OPEN_QUESTION_STATES.includes(q.state);

/** Open questions first, most voted first (then the earlier); then the rest as they arrived. */
function phoneOrder(a: Question, b: Question): number {
  const open = Number(isOpen(b)) - Number(isOpen(a));
  if (open !== 0) return open;
  if (isOpen(a) && a.votes !== b.votes) return b.votes - a.votes;
  return a.receivedAt.localeCompare(b.receivedAt);
}

/** What every phone sees alike; built once per change of its inputs, not once per phone and poll. */
interface Board {
  /** Without this phone's marks (votedByMe is filled per phone). */
  questions: Omit<PhonePublicQuestion, 'votedByMe'>[];
  parts: Array<{ partId: string; title: string }>;
  content: Omit<PhoneView, 'version' | 'questions' | 'parts' | 'ballots'>;
  /** Each phone's upvoted questions and part choices, indexed once. */
  votesByPhone: Map<string, Set<string>>;
  choicesByPhone: Map<string, Map<string, PhoneScorePart['myChoice']>>;
  version: string;
}

function buildBoard(input: Omit<PhoneViewInput, 'phoneId'>): Board {
  const { office, record } = input;
  const redact = redactorFor(office, record.questions);
  const names = namesOf(office);
  const stored = new Map(record.scores.map((s) => [s.partId, s]));
  const askers = askerCounts(record.questions);
  // Built field by field, never by spreading a question: askerName and askerPhone stay behind.
  const questions = record.questions
    .filter((q) => q.approved && q.state !== 'merged')
    .sort(phoneOrder)
    .map((q) => ({
      id: q.id,
      text: redact(q.text),
      category: redact(q.category),
      communityName: names.community(q.communityId),
      askers: askers.get(q.id) ?? 1,
      votes: q.votes,
      state: q.state,
      votable: isOpen(q),
    }));
  const content = {
    meetingTitle: redact(input.meeting.title),
    officeName: office.profile.name,
    date: input.date,
    accepting: record.closing === null,
    rehearsal: input.rehearsal,
    communities: office.communities.map((c) => ({ id: c.id, name: c.name })),
    categories: [...QUESTION_CATEGORIES],
  };
  // The parts the room is asked about now; once scored, a part keeps the title it was scored under.
  const parts = scoreParts(input.cards).map((p) => ({
    partId: p.partId,
    title: redact(stored.get(p.partId)?.title ?? p.title),
  }));
  const votesByPhone = new Map<string, Set<string>>();
  for (const v of record.phoneVotes) {
    const mine = votesByPhone.get(v.phoneId) ?? new Set<string>();
    mine.add(v.questionId);
    votesByPhone.set(v.phoneId, mine);
  }
  const choicesByPhone = new Map<string, Map<string, PhoneScorePart['myChoice']>>();
  for (const s of record.phoneScores) {
    const mine = choicesByPhone.get(s.phoneId) ?? new Map<string, PhoneScorePart['myChoice']>();
    mine.set(s.partId, s.choice);
    choicesByPhone.set(s.phoneId, mine);
  }
  const version = viewVersion(JSON.stringify({ content, questions, parts }));
  return { questions, parts, content, votesByPhone, choicesByPhone, version };
}

/**
 * The last board and what it was built from. Stored lists, offices and card lists are replaced,
 * never changed in place, so the same objects mean the same board: after a change the whole hall polls at
 * once, and each phone then costs a lookup instead of a pass over every question.
 */
let last: { key: unknown[]; board: Board } | null = null;

function boardFor(input: PhoneViewInput): Board {
  const { record } = input;
  // The record's parts, not the record: a read wraps the same stored arrays in a new object each time.
  const key = [
    record.questions,
    record.scores,
    record.phoneVotes,
    record.phoneScores,
    record.closing,
    input.office,
    // A report without cards is read as a new empty list each time; every empty list is the same.
    input.cards.length === 0 ? 0 : input.cards,
    input.meeting,
    input.rehearsal,
    input.date,
  ];
  if (last && last.key.length === key.length && last.key.every((k, i) => k === key[i])) return last.board;
  const board = buildBoard(input);
  last = { key, board };
  return board;
}

/**
 * What one phone shows: approved questions only (an unapproved one is seen by its asker alone,
 * through `mine`), nothing personal, every text as the projector's public view masks it, and this
 * phone's own votes and scores marked.
 */
export function phoneView(input: PhoneViewInput): PhoneView {
  const board = boardFor(input);
  const voted = board.votesByPhone.get(input.phoneId) ?? new Set<string>();
  const choices = board.choicesByPhone.get(input.phoneId) ?? new Map<string, PhoneScorePart['myChoice']>();
  const questions = board.questions.map((q) => ({ ...q, votedByMe: voted.has(q.id) }));
  const parts = board.parts.map((p) => ({ ...p, myChoice: choices.get(p.partId) ?? null }));
  // This phone's marks are part of what it sees: its version changes when they do.
  const ballots = input.ballots ?? [];
  // The ballots come from the project pool, not the live record: the board's key does not cover them.
  const marks = `${[...voted].sort().join(',')}|${parts.map((p) => p.myChoice ?? '').join(',')}|${
    ballots.length === 0 ? '' : JSON.stringify(ballots)
  }`;
  return { ...board.content, questions, parts, ballots, version: `${board.version}.${viewVersion(marks)}` };
}
