import { z } from 'zod';
import { Id, Instant, LocalDate } from './common';
import { ListType } from './commitment';
import { QuestionState } from './question';

/**
 * 手机提问: residents' phones on the hall's own network. The phone page talks only to the gateway
 * process; the gateway talks only to the phone methods of the owner (shared/api/phone-contract.ts).
 */

/**
 * A phone's own random id (made by the page, kept in its localStorage): one vote per phone per question
 * and per report part. Not a person: clearing the browser makes a new phone, which is the best a hall
 * without logins can do.
 */
export const PhoneId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, '手机标识无效');
export type PhoneId = z.infer<typeof PhoneId>;

/** The idempotency key a phone makes for each question before sending it; a retry sends the same one. */
export const PhoneClientId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, '提交标识无效');
export type PhoneClientId = z.infer<typeof PhoneClientId>;

/** Phones send short questions: the whole request must fit in the gateway's 4 KB body limit. */
export const PHONE_QUESTION_MAX = 500;
export const PhoneQuestionText = z
  .string()
  .trim()
  .min(1, '请填写问题内容')
  .max(PHONE_QUESTION_MAX, `问题内容不能超过 ${PHONE_QUESTION_MAX} 个字`);

export const ScoreChoice = z.enum(['satisfied', 'basicallySatisfied', 'dissatisfied']);
export type ScoreChoice = z.infer<typeof ScoreChoice>;

/** One phone's upvote of one question; stored so a second tap from the same phone counts nothing. */
export const PhoneVote = z.object({ phoneId: PhoneId, questionId: Id, at: Instant });
export type PhoneVote = z.infer<typeof PhoneVote>;

/** One phone's score of one report part; a later choice from the same phone replaces it. */
export const PhoneScore = z.object({
  phoneId: PhoneId,
  partId: z.string().min(1).max(64),
  choice: ScoreChoice,
  at: Instant,
});
export type PhoneScore = z.infer<typeof PhoneScore>;

/** What a phone sends to ask. Anonymous: no name, no phone number. */
export const PhoneQuestionDraft = z
  .object({
    clientId: PhoneClientId,
    text: PhoneQuestionText,
    communityId: Id.nullable().default(null),
    category: z.string().trim().max(50).default(''),
  })
  .strict();
export type PhoneQuestionDraft = z.input<typeof PhoneQuestionDraft>;

/**
 * What became of a phone's own question, as its asker sees it: 待审核 (waiting, not yet approved),
 * 待回答, 正在上屏, 已当场答复, 已形成承诺, 转交书面答复 until a date, 不予采纳 and why, or merged —
 * then the outcome is the question it joined, with "同类问题 N 人".
 */
export const PhoneQuestionStatus = z.object({
  clientId: PhoneClientId,
  /** The stored question's id. */
  id: Id,
  text: z.string(),
  /** The outcome: for a merged question, the state of the question it was merged into. */
  state: QuestionState,
  merged: z.boolean(),
  /** Askers of the question it is (or was merged into): 1 + the questions merged in. */
  askers: z.number().int().min(1),
  /** Not yet approved by the moderator: seen by its asker only. */
  pending: z.boolean(),
  referral: z.object({ departmentName: z.string().nullable(), dueDate: LocalDate }).nullable(),
  declineReason: z.string(),
  answerNote: z.string(),
  commitment: z
    .object({
      text: z.string(),
      listType: ListType,
      leadDepartmentName: z.string(),
      deadline: LocalDate.nullable(),
    })
    .nullable(),
  receivedAt: Instant,
});
export type PhoneQuestionStatus = z.infer<typeof PhoneQuestionStatus>;

/** An approved question as every phone sees it (nothing personal, phone numbers in text masked). */
export const PhonePublicQuestion = z.object({
  id: Id,
  text: z.string(),
  category: z.string(),
  communityName: z.string().nullable(),
  askers: z.number().int().min(1),
  votes: z.number().int().min(0),
  state: QuestionState,
  /** This phone has upvoted it. */
  votedByMe: z.boolean(),
  /** Still open: an upvote is accepted. */
  votable: z.boolean(),
});
export type PhonePublicQuestion = z.infer<typeof PhonePublicQuestion>;

export const PhoneScorePart = z.object({
  partId: z.string(),
  title: z.string(),
  /** This phone's choice, null before it scored the part. */
  myChoice: ScoreChoice.nullable(),
});
export type PhoneScorePart = z.infer<typeof PhoneScorePart>;

/** The phone page's one read: everything it shows, for this phone. */
/** An open 差额票决 of this meeting held on phones: one vote per place, each for a different candidate. */
export const PhoneBallotView = z.object({
  voteId: Id,
  title: z.string(),
  places: z.number().int().min(1),
  candidates: z.array(z.object({ projectId: Id, name: z.string(), category: z.string(), town: z.string() })),
  /** What this phone chose; null before it voted (a ballot is final). */
  myChoice: z.array(Id).nullable(),
});
export type PhoneBallotView = z.infer<typeof PhoneBallotView>;

export const PhoneView = z.object({
  meetingTitle: z.string(),
  officeName: z.string(),
  /** The meeting's day (Asia/Shanghai): the period of every count shown. */
  date: LocalDate,
  /** Questions are accepted (false once the meeting is closed). */
  accepting: z.boolean(),
  rehearsal: z.boolean(),
  communities: z.array(z.object({ id: Id, name: z.string() })),
  categories: z.array(z.string()),
  /** Approved questions, not merged away: open ones by votes, then the rest. */
  questions: z.array(PhonePublicQuestion),
  parts: z.array(PhoneScorePart),
  /** Open project votes of this meeting on phones (usually none). */
  ballots: z.array(PhoneBallotView).default([]),
  /** Changes whenever anything a phone sees changes, so a poll can skip redrawing. */
  version: z.string(),
});
export type PhoneView = z.infer<typeof PhoneView>;

/* ----- The question box, as the operator opens it ----- */

/** A network interface of this computer the question box may listen on. */
export const NetworkInterfaceInfo = z.object({
  /** The OS name (以太网, WLAN, en0, lo…). */
  name: z.string(),
  address: z.string(),
  family: z.enum(['IPv4', 'IPv6']),
  /** Loopback: reachable from this computer only (for testing). */
  internal: z.boolean(),
});
export type NetworkInterfaceInfo = z.infer<typeof NetworkInterfaceInfo>;

export const GatewayState = z.enum(['closed', 'starting', 'open', 'restarting', 'failed']);
export type GatewayState = z.infer<typeof GatewayState>;

export const DEFAULT_GATEWAY_PORT = 8686;

export const GatewayStatus = z.object({
  meetingId: Id,
  state: GatewayState,
  /** The interface address it listens on; null while closed and never opened. */
  address: z.string().nullable(),
  port: z.number().int().min(0).max(65535).nullable(),
  /** The join address with the meeting's token in the fragment; null unless open. */
  joinUrl: z.string().nullable(),
  /** The Wi-Fi name the operator typed, shown with the QR. */
  wifi: z.string(),
  openedAt: Instant.nullable(),
  /** Why it failed or restarted (Chinese, for the operator); empty when fine. */
  error: z.string(),
  /** Times the gateway process was restarted after it died during this opening. */
  restarts: z.number().int().min(0),
  /** Questions received from phones for this meeting (its live record, rehearsal included). */
  received: z.number().int().min(0),
});
export type GatewayStatus = z.infer<typeof GatewayStatus>;

export const GATE_SCHEMA_VERSION = 1;

/**
 * 手机提问 settings of one meeting, stored apart from the meeting (document `gate-<meetingId>`) so the
 * token never travels with the meeting's data or its archive. A new meeting has a new token; a
 * restart of the app keeps this meeting's, so phones that scanned the QR carry on.
 */
export const GateDocument = z.object({
  schemaVersion: z.literal(GATE_SCHEMA_VERSION),
  meetingId: Id,
  /** 128 random bits, base64url. */
  token: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
  address: z.string().max(100),
  port: z.number().int().min(1).max(65535),
  wifi: z.string().trim().max(64).default(''),
  /** Open when the app last ran: a restart opens it again on the same address, port and token. */
  open: z.boolean(),
  openedAt: Instant.nullable().default(null),
  closedAt: Instant.nullable().default(null),
});
export type GateDocument = z.infer<typeof GateDocument>;

/** The moderator's list of words that flag a question (never drop it). */
export const FlaggedWords = z
  .array(z.string().trim().min(1).max(20, '每个词不能超过 20 个字'))
  .max(500, '敏感词不能超过 500 个');
export type FlaggedWords = z.infer<typeof FlaggedWords>;

/** A starting list; each office edits its own. Flagged questions wait for the moderator like any other. */
export const DEFAULT_FLAGGED_WORDS: readonly string[] = [
  '傻逼',
  '傻B',
  'SB',
  '王八蛋',
  '混蛋',
  '去死',
  '滚蛋',
  '他妈的',
  '操你',
  '狗官',
  '废物',
  '人渣',
];
