import { z } from 'zod';
import { Id, Instant, LocalDate } from './common';
import { Commitment, ListType } from './commitment';
import { PhoneScore, PhoneVote } from './phone';
import { OperatorName, Question, QuestionState } from './question';

/* ----- 群众打分: the residents score each report part ----- */

export const Tally = z.object({
  satisfied: z.number().int().min(0).max(100_000),
  basicallySatisfied: z.number().int().min(0).max(100_000),
  dissatisfied: z.number().int().min(0).max(100_000),
});
export type Tally = z.infer<typeof Tally>;

export const EMPTY_TALLY: Tally = { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 };

/** The part a score is for: an agenda card of the report, or the whole report when it has none. */
export const WHOLE_REPORT_PART = 'whole';

/** What is stored per part: the show of hands the operator typed, and the votes sent from phones. */
export const PartScore = z.object({
  partId: z.string().min(1).max(64),
  /** The part's title when scored, so a later rename of the card does not change the record. */
  title: z.string().max(200),
  /** Null until the operator types a show-of-hands count. */
  hands: Tally.nullable().default(null),
  phones: Tally.default(EMPTY_TALLY),
  updatedAt: Instant,
  updatedBy: OperatorName,
});
export type PartScore = z.infer<typeof PartScore>;

/**
 * A part as the console and projector show it. The show of hands and the phones are counted apart and
 * never summed: a resident who raised a hand and also tapped a phone would otherwise count twice.
 */
export const PartScoreView = z.object({
  partId: z.string(),
  title: z.string(),
  hands: Tally.nullable(),
  phones: Tally,
  /** Votes in each channel: the denominators of the two rates. */
  handsVotes: z.number().int().min(0),
  phoneVotes: z.number().int().min(0),
  /** (满意 + 基本满意) ÷ that channel's votes, 0–1; null below one vote. */
  handsRate: z.number().min(0).max(1).nullable(),
  phoneRate: z.number().min(0).max(1).nullable(),
});
export type PartScoreView = z.infer<typeof PartScoreView>;

export const ScoreSheet = z.object({ parts: z.array(PartScoreView) });
export type ScoreSheet = z.infer<typeof ScoreSheet>;

/* ----- The live record: questions, commitments, scores and the close ----- */

/** How the meeting was closed; null while it is open. */
export const LiveClosing = z.object({
  closedAt: Instant,
  closedBy: OperatorName,
  /** Questions still open at the close, referred in one step "to be answered in writing by" this date. */
  writtenBy: LocalDate.nullable().default(null),
});
export type LiveClosing = z.infer<typeof LiveClosing>;

/** The part of a meeting that the live console writes; a rehearsal keeps its own copy (see below). */
export const LiveRecord = z.object({
  questions: z.array(Question).default([]),
  commitments: z.array(Commitment).default([]),
  scores: z.array(PartScore).default([]),
  closing: LiveClosing.nullable().default(null),
  /** Upvotes from phones, one per phone and question (Question.votes counts them with the staff's). */
  phoneVotes: z.array(PhoneVote).default([]),
  /** Report-part scores from phones, one per phone and part; PartScore.phones is their tally. */
  phoneScores: z.array(PhoneScore).default([]),
});
export type LiveRecord = z.infer<typeof LiveRecord>;

/** A meeting's live record before anything happened. */
export function emptyLiveRecord(): LiveRecord {
  return { questions: [], commitments: [], scores: [], closing: null, phoneVotes: [], phoneScores: [] };
}

export const REHEARSAL_SCHEMA_VERSION = 1;

/**
 * 彩排: while this document exists, every questions.* / commitments.* / scores.* call of its meeting
 * reads and writes here, never the meeting's own record; the wipe removes the document, so the real
 * records are byte-identical before and after.
 */
export const RehearsalDocument = LiveRecord.extend({
  schemaVersion: z.literal(REHEARSAL_SCHEMA_VERSION),
  meetingId: Id,
  startedAt: Instant,
});
export type RehearsalDocument = z.infer<typeof RehearsalDocument>;

export const RehearsalInfo = z.object({ startedAt: Instant }).nullable();
export type RehearsalInfo = z.infer<typeof RehearsalInfo>;

/* ----- Counts: the end-of-meeting summary, the moderation record, `meetings --json` ----- */

export const QuestionCounts = z.record(QuestionState, z.number().int().min(0));
export type QuestionCounts = z.infer<typeof QuestionCounts>;
export const CommitmentCounts = z.record(ListType, z.number().int().min(0));
export type CommitmentCounts = z.infer<typeof CommitmentCounts>;

export const LiveSummary = z.object({
  /** Every question received, merged ones included (each asker counts). */
  received: z.number().int().min(0),
  byState: QuestionCounts,
  /** Askers behind the merged groups: "同类问题 N 人提出". */
  mergedGroups: z.number().int().min(0),
  commitments: z.number().int().min(0),
  byListType: CommitmentCounts,
  /** Commitments per lead department (id), for the summary card. */
  byDepartment: z.array(z.object({ departmentId: Id, count: z.number().int().min(1) })),
});
export type LiveSummary = z.infer<typeof LiveSummary>;

/** Why the meeting cannot close yet: each open question, named. Empty when it can. */
export const CloseBlocker = z.object({
  questionId: Id,
  state: QuestionState,
  /** The question's text, shortened, so the operator can find it. */
  excerpt: z.string(),
});
export type CloseBlocker = z.infer<typeof CloseBlocker>;

/* ----- What the hall sees: nothing personal (no asker name or phone, phone numbers masked in text) ----- */

export const PublicQuestion = z.object({
  id: Id,
  text: z.string(),
  category: z.string(),
  communityName: z.string().nullable(),
  departmentName: z.string().nullable(),
  /** 1 + the questions merged into it: "同类问题 N 人提出". */
  askers: z.number().int().min(1),
  votes: z.number().int().min(0),
  state: QuestionState,
  referral: z.object({ departmentName: z.string().nullable(), dueDate: LocalDate }).nullable(),
  declineReason: z.string(),
});
export type PublicQuestion = z.infer<typeof PublicQuestion>;

export const PublicCommitment = z.object({
  id: Id,
  text: z.string(),
  listType: ListType,
  leadDepartmentName: z.string(),
  coDepartmentNames: z.array(z.string()),
  /** 责任人 is a public official's role or name given on stage, so it is shown. */
  owner: z.string(),
  deadline: LocalDate.nullable(),
  milestones: z.array(z.object({ text: z.string(), dueDate: LocalDate })),
  /** The question it answers, as shown publicly; null for an announced commitment. */
  questionText: z.string().nullable(),
});
export type PublicCommitment = z.infer<typeof PublicCommitment>;

export const LivePublicView = z.object({
  meetingId: Id,
  meetingTitle: z.string(),
  rehearsal: z.boolean(),
  /** The question on screen, if any. */
  current: PublicQuestion.nullable(),
  /** The commitment the presentation shows (the latest made, unless the operator picked another). */
  commitment: PublicCommitment.nullable(),
  summary: LiveSummary,
  /** The moderation record: every question not merged away, by outcome. */
  answered: z.array(PublicQuestion),
  referred: z.array(PublicQuestion),
  declined: z.array(PublicQuestion),
  waiting: z.array(PublicQuestion),
  commitments: z.array(PublicCommitment),
  scores: ScoreSheet,
  /** Wi-Fi name for the join overlay (from the welcome card); empty when not set. */
  wifi: z.string(),
  /** The residents' join address; null while residents cannot join from phones. */
  joinUrl: z.string().nullable(),
  /** The meeting's day (Asia/Shanghai): the period every live figure is of. */
  date: LocalDate,
});
export type LivePublicView = z.infer<typeof LivePublicView>;
