import type {
  Card,
  Commitment,
  LivePublicView,
  LiveRecord,
  Meeting,
  Office,
  PublicCommitment,
  PublicQuestion,
  Question,
} from '../../domain';
import { redactPersonal } from '../redact-personal';
import { askerCount, summarizeLive } from './live-counts';
import { scoreSheet } from './score-sheet';

export interface PublicViewInput {
  meeting: Meeting;
  office: Office;
  record: LiveRecord;
  rehearsal: boolean;
  /** The report's cards: the welcome card's Wi-Fi, the parts to score. */
  cards: readonly Card[];
  /** The commitment the presentation shows; null: the latest made. */
  commitmentId: string | null;
  date: string;
  joinUrl: string | null;
  /** The Wi-Fi name typed when the question box was opened; '' falls back to the welcome card's. */
  boxWifi: string;
}

/** What an asker's own name becomes where it was typed into a text the hall sees. */
const NAME_MASK = '**';
/** Shorter than this, a name is too likely an ordinary word ("王" in 王府井) to cut out of text. */
const MIN_NAME_LENGTH = 2;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every text the view carries passes through here. Numbers are masked as everywhere (the office's
 * own hotline is public and kept); names cannot be told from ordinary words in general, but the
 * askers' names are known, and "我是王秀英，住 3 号楼" is how a slip is often copied, so those
 * names, and their phones as typed, are cut out wherever they appear.
 */
export function redactorFor(office: Office, questions: readonly Question[]): (text: string) => string {
  const keep = [office.profile.phone];
  const known = new Set<string>();
  for (const q of questions) {
    const name = q.askerName.trim();
    if (name.length >= MIN_NAME_LENGTH) known.add(name);
    const phone = q.askerPhone.trim();
    if (phone.replace(/\D/g, '').length >= 5) known.add(phone);
  }
  const pattern =
    known.size === 0
      ? null
      : new RegExp(
          [...known]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'),
          'g',
        );
  return (text) => redactPersonal(pattern ? text.replace(pattern, NAME_MASK) : text, keep);
}

export interface Names {
  department: (id: string | null) => string | null;
  community: (id: string | null) => string | null;
}

/** Names from the office; an id it does not know shows as nothing, never as the id. */
export function namesOf(office: Office): Names {
  const departments = new Map(office.departments.map((d) => [d.id, d.name]));
  const communities = new Map(office.communities.map((c) => [c.id, c.name]));
  return {
    department: (id) => (id === null ? null : (departments.get(id) ?? null)),
    community: (id) => (id === null ? null : (communities.get(id) ?? null)),
  };
}

/** When the question last went on screen; its arrival when history does not say. */
function onScreenSince(q: Question): number {
  for (let i = q.history.length - 1; i >= 0; i -= 1) {
    const h = q.history[i]!;
    if (h.to === 'onScreen' && h.from !== 'onScreen') return Date.parse(h.at);
  }
  return Date.parse(q.receivedAt);
}

const byArrival = (a: Question, b: Question) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt);

/**
 * What the hall may see: approved questions only, no asker name or phone, phone numbers in any text
 * masked (the office's own number excepted), departments and communities by name.
 */
export function publicLiveView(input: PublicViewInput): LivePublicView {
  const { office, record } = input;
  const redact = redactorFor(office, record.questions);
  const names = namesOf(office);
  const all = record.questions;
  const byId = new Map(all.map((q) => [q.id, q]));

  // Built field by field, never by spreading a question: askerName and askerPhone stay behind.
  const publicQuestion = (q: Question): PublicQuestion => ({
    id: q.id,
    text: redact(q.text),
    category: redact(q.category),
    communityName: names.community(q.communityId),
    departmentName: names.department(q.departmentId),
    askers: askerCount(q, all),
    votes: q.votes,
    state: q.state,
    referral: q.referral && {
      departmentName: names.department(q.referral.departmentId),
      dueDate: q.referral.dueDate,
    },
    declineReason: redact(q.declineReason),
  });

  const publicCommitment = (c: Commitment): PublicCommitment => {
    const question = c.questionId === null ? undefined : byId.get(c.questionId);
    return {
      id: c.id,
      text: redact(c.text),
      listType: c.listType,
      // The schema has no null here: an unknown lead department shows as blank, never as its id.
      leadDepartmentName: names.department(c.leadDepartmentId) ?? '',
      coDepartmentNames: c.coDepartmentIds.flatMap((id) => names.department(id) ?? []),
      owner: redact(c.owner),
      deadline: c.deadline,
      milestones: c.milestones.map((m) => ({ text: redact(m.text), dueDate: m.dueDate })),
      // A question whose approval was withdrawn stays off the hall's screens, here too.
      questionText: question?.approved ? redact(question.text) : null,
    };
  };

  // Only what the moderator let through reaches the hall; the counts below still count everything.
  const visible = all.filter((q) => q.approved && q.state !== 'merged').sort(byArrival);
  const inState = (...states: Question['state'][]) =>
    visible.filter((q) => states.includes(q.state)).map(publicQuestion);

  // At most one should be on screen; if a race left two, the one put there last is what the room sees.
  const onScreen = visible
    .filter((q) => q.state === 'onScreen')
    .sort((a, b) => onScreenSince(b) - onScreenSince(a))[0];

  const commitments = [...record.commitments].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
  const shown =
    (input.commitmentId !== null ? commitments.find((c) => c.id === input.commitmentId) : undefined) ??
    commitments.at(-1);

  const scores = scoreSheet(input.cards, record.scores);
  const welcome = input.cards.find((card) => card.kind === 'welcome');

  return {
    meetingId: input.meeting.id,
    meetingTitle: redact(input.meeting.title),
    rehearsal: input.rehearsal,
    current: onScreen ? publicQuestion(onScreen) : null,
    commitment: shown ? publicCommitment(shown) : null,
    summary: summarizeLive(record),
    answered: inState('answered'),
    referred: inState('referred'),
    declined: inState('declined'),
    // Still open, on screen included: the record shows them as not yet answered.
    waiting: inState('waiting', 'onScreen'),
    commitments: commitments.map(publicCommitment),
    scores: { parts: scores.parts.map((p) => ({ ...p, title: redact(p.title) })) },
    wifi: input.boxWifi || (welcome?.kind === 'welcome' ? welcome.wifi : ''),
    joinUrl: input.joinUrl,
    date: input.date,
  };
}
