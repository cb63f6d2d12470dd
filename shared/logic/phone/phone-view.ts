import {
  OPEN_QUESTION_STATES,
  type Card,
  type LiveRecord,
  type Meeting,
  type Office,
  type PhonePublicQuestion,
  type PhoneView,
  type Question,
} from '../../domain';
import { askerCount } from '../live/live-counts';
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
}

const isOpen = (q: Question) => OPEN_QUESTION_STATES.includes(q.state);

/** Open questions first, most voted first (then the earlier); then the rest as they arrived. */
function phoneOrder(a: Question, b: Question): number {
  const open = Number(isOpen(b)) - Number(isOpen(a));
  if (open !== 0) return open;
  if (isOpen(a) && a.votes !== b.votes) return b.votes - a.votes;
  return a.receivedAt.localeCompare(b.receivedAt);
}

/**
 * What one phone shows: approved questions only (an unapproved one is seen by its asker alone,
 * through `mine`), nothing personal, every text as the projector's public view masks it, and this
 * phone's own votes and scores marked.
 */
export function phoneView(input: PhoneViewInput): PhoneView {
  const { office, record, phoneId } = input;
  const redact = redactorFor(office, record.questions);
  const names = namesOf(office);
  const voted = new Set(record.phoneVotes.filter((v) => v.phoneId === phoneId).map((v) => v.questionId));
  const myScores = new Map(
    record.phoneScores.filter((s) => s.phoneId === phoneId).map((s) => [s.partId, s.choice]),
  );
  const stored = new Map(record.scores.map((s) => [s.partId, s]));

  // Built field by field, never by spreading a question: askerName and askerPhone stay behind.
  const questions: PhonePublicQuestion[] = record.questions
    .filter((q) => q.approved && q.state !== 'merged')
    .sort(phoneOrder)
    .map((q) => ({
      id: q.id,
      text: redact(q.text),
      category: redact(q.category),
      communityName: names.community(q.communityId),
      askers: askerCount(q, record.questions),
      votes: q.votes,
      state: q.state,
      votedByMe: voted.has(q.id),
      votable: isOpen(q),
    }));

  const content: Omit<PhoneView, 'version'> = {
    meetingTitle: redact(input.meeting.title),
    officeName: office.profile.name,
    date: input.date,
    accepting: record.closing === null,
    rehearsal: input.rehearsal,
    communities: office.communities.map((c) => ({ id: c.id, name: c.name })),
    categories: [...QUESTION_CATEGORIES],
    questions,
    // The parts the room is asked about now; once scored, a part keeps the title it was scored under.
    parts: scoreParts(input.cards).map((p) => ({
      partId: p.partId,
      title: redact(stored.get(p.partId)?.title ?? p.title),
      myChoice: myScores.get(p.partId) ?? null,
    })),
  };
  return { ...content, version: viewVersion(JSON.stringify(content)) };
}
