import { z } from 'zod';
import { Id, Instant, LIMITS, LocalDate, Phone, Revision } from './common';

/** A question from the floor: typed by staff (paper slips, asked aloud) or sent from a resident's phone. */
export const QuestionSource = z.enum(['staff', 'phone']);
export type QuestionSource = z.infer<typeof QuestionSource>;

/**
 * 待处理 → 上屏 → 当场答复 / 形成承诺 / 转交书面答复 / 不予采纳 (with a reason the asker sees), or
 * 已合并 into a similar question. Nothing leaves the list: every state is a visible outcome.
 */
export const QuestionState = z.enum([
  'waiting',
  'onScreen',
  'answered',
  'committed',
  'referred',
  'declined',
  'merged',
]);
export type QuestionState = z.infer<typeof QuestionState>;

/** Still needs an outcome: the meeting cannot close while one of these is left. */
export const OPEN_QUESTION_STATES: readonly QuestionState[] = ['waiting', 'onScreen'];

/** Who made a change: the name the console's operator gave (工作人员 by default), never a login. */
export const OperatorName = z.string().trim().min(1).max(50);

export const QuestionChangeKind = z.enum([
  'created',
  'moved',
  'edited',
  'merged',
  'unmerged',
  'voted',
  /** 审核: approved for the public surfaces (note 通过), or the approval withdrawn (note 撤销). */
  'approved',
]);
export type QuestionChangeKind = z.infer<typeof QuestionChangeKind>;

/** One entry of a question's history: who, when, from → to. Appended, never rewritten. */
export const QuestionChange = z.object({
  at: Instant,
  by: OperatorName,
  kind: QuestionChangeKind,
  from: QuestionState.nullable().default(null),
  to: QuestionState.nullable().default(null),
  /** e.g. the decline reason, the fields edited, the question merged in. */
  note: z.string().max(LIMITS.text).default(''),
});
export type QuestionChange = z.infer<typeof QuestionChange>;

/** 转交书面答复: which department answers in writing, by when. */
export const Referral = z.object({
  departmentId: Id.nullable(),
  dueDate: LocalDate,
});
export type Referral = z.infer<typeof Referral>;

export const QuestionText = z
  .string()
  .trim()
  .min(1, '请填写问题内容')
  .max(2000, '问题内容不能超过 2000 个字');

/** The fields staff may enter and later edit, without defaults (a patch names only what it changes). */
const enteredFields = {
  text: QuestionText,
  /** The asker's community; null when not given. */
  communityId: Id.nullable(),
  /** Staff-only personal data: never on the projector, masked on every public surface. */
  askerName: z.string().trim().max(50, '姓名不能超过 50 个字'),
  askerPhone: Phone,
  category: z.string().trim().max(50, '类别不能超过 50 个字'),
  /** The department to answer; null until chosen. */
  departmentId: Id.nullable(),
};

/** What the entry form (or a phone) sends; the service adds identity, state and history. */
export const QuestionDraft = z.object({
  text: enteredFields.text,
  communityId: enteredFields.communityId.default(null),
  askerName: enteredFields.askerName.default(''),
  askerPhone: enteredFields.askerPhone.default(''),
  category: enteredFields.category.default(''),
  departmentId: enteredFields.departmentId.default(null),
  source: QuestionSource.default('staff'),
  /** Idempotency key from a phone or a form submit, so a resubmission is stored once. */
  clientId: z.string().max(64).nullable().default(null),
});
export type QuestionDraft = z.input<typeof QuestionDraft>;

export const Question = z.object({
  id: Id,
  source: QuestionSource,
  text: QuestionText,
  communityId: Id.nullable().default(null),
  askerName: z.string().trim().max(50).default(''),
  askerPhone: z.string().trim().max(32).default(''),
  category: z.string().trim().max(50).default(''),
  departmentId: Id.nullable().default(null),
  state: QuestionState,
  votes: z.number().int().nonnegative().default(0),
  receivedAt: Instant,
  clientId: z.string().max(64).nullable().default(null),
  /** 当场答复: a line on what was answered (optional). */
  answerNote: z.string().max(LIMITS.text).default(''),
  /** Set while state is referred. */
  referral: Referral.nullable().default(null),
  /** Set while state is declined; shown to the asker and on the moderation record. */
  declineReason: z.string().max(500).default(''),
  /** The commitment this question became (state committed). */
  commitmentId: Id.nullable().default(null),
  /** The question this one was merged into (state merged); its outcome is that question's. */
  mergedInto: Id.nullable().default(null),
  /**
   * Passed moderation: only approved questions reach the projector, the moderation record and other
   * phones. Staff-typed questions are approved as they are entered; a phone's waits for the moderator
   * (putting it on screen, answering, referring it or making a commitment of it approves it too).
   */
  approved: z.boolean().default(true),
  /** Words of the office's flag list found in the text: shown to the moderator, never a silent drop. */
  flags: z.array(z.string().max(20)).max(50).default([]),
  history: z.array(QuestionChange).max(1000).default([]),
  /** Bumped on every change: a second console's stale save is refused, never silently lost. */
  revision: Revision.default(1),
});
export type Question = z.infer<typeof Question>;

/**
 * The fields an edit may change (not state: that is a move). Without the draft's defaults: a field
 * left out stays as it is, never reset to empty.
 */
export const QuestionPatch = z.object(enteredFields).partial();
export type QuestionPatch = z.input<typeof QuestionPatch>;

/** A state change the operator asks for. 形成承诺 goes through commitments.create instead. */
export const QuestionMove = z.discriminatedUnion('to', [
  z.object({ to: z.literal('waiting'), note: z.string().max(500).default('') }).strict(),
  z.object({ to: z.literal('onScreen') }).strict(),
  z.object({ to: z.literal('answered'), note: z.string().max(LIMITS.text).default('') }).strict(),
  z
    .object({
      to: z.literal('referred'),
      departmentId: Id.nullable(),
      dueDate: LocalDate,
      note: z.string().max(500).default(''),
    })
    .strict(),
  z
    .object({
      to: z.literal('declined'),
      reason: z
        .string()
        .trim()
        .min(1, '请填写不予采纳的理由（提问人可以看到）')
        .max(500, '理由不能超过 500 个字'),
    })
    .strict(),
]);
export type QuestionMove = z.input<typeof QuestionMove>;
export type ParsedQuestionMove = z.output<typeof QuestionMove>;
