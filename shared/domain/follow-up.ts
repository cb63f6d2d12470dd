import { z } from 'zod';
import { Id, Instant, LIMITS, LocalDate, Phone, Revision } from './common';
import { ListType } from './commitment';
import { OperatorName } from './question';

/*
 * 跟踪: after the meeting every commitment, every question referred in writing and every 重大事项 the
 * operator sends becomes a follow-up item, run through 交办 → 反馈 → 评价 to one honest end state.
 * The names of states and lists are the ones `cli follow-ups --json` prints, so there is no mapping.
 */

/**
 * 已交办 → 办理中 → 已反馈 → (群众评议) → 已解决 / 部分解决 / 已办结未解决; 不满意 reopens (重新办理).
 * Only `solved` counts as solved, anywhere a figure is shown.
 */
export const FollowUpState = z.enum([
  'assigned',
  'in_progress',
  'replied',
  'solved',
  'partly_solved',
  'closed_unsolved',
  'reopened',
]);
export type FollowUpState = z.infer<typeof FollowUpState>;

/** The three honest end states. */
export const FollowUpEndState = z.enum(['solved', 'partly_solved', 'closed_unsolved']);
export type FollowUpEndState = z.infer<typeof FollowUpEndState>;
export const END_STATES: readonly FollowUpState[] = FollowUpEndState.options;

/** 群众评议: 满意 / 基本满意 / 不满意. */
export const Verdict = z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']);
export type Verdict = z.infer<typeof Verdict>;

/** How the verdict was heard: a 回访 call, residents asked in person, at a later meeting. */
export const VerdictChannel = z.enum(['callback', 'visit', 'meeting']);
export type VerdictChannel = z.infer<typeof VerdictChannel>;

/** Where an item came from: the link back shown at the top of its timeline. */
export const FollowUpSource = z.discriminatedUnion('kind', [
  /** 当场承诺 (with the question it answered, if any). */
  z.object({ kind: z.literal('commitment'), commitmentId: Id, questionId: Id.nullable() }).strict(),
  /** 转交书面答复: a question referred at the meeting or at its close. */
  z.object({ kind: z.literal('referral'), questionId: Id }).strict(),
  /** 重大事项 of the 准备 stage, sent by the operator; its work orders come with it. */
  z.object({ kind: z.literal('group'), groupId: Id }).strict(),
  /** Entered by hand in the 跟踪 tab. */
  z.object({ kind: z.literal('manual') }).strict(),
]);
export type FollowUpSource = z.infer<typeof FollowUpSource>;
export type FollowUpSourceKind = FollowUpSource['kind'];

/** A dated step of a 持续推进 item. */
export const FollowUpMilestone = z.object({
  id: Id,
  text: z.string().trim().min(1, '请填写节点内容').max(200, '节点内容不能超过 200 个字'),
  dueDate: LocalDate,
  /** Beijing date it was reached; null while open. */
  doneOn: LocalDate.nullable().default(null),
});
export type FollowUpMilestone = z.infer<typeof FollowUpMilestone>;

/** 反馈: the department's reply. */
export const FollowUpReply = z.object({
  id: Id,
  /** The day the work was done and reported (Beijing date): what "on time" is measured by. */
  date: LocalDate,
  text: z.string().trim().min(1, '请填写办理情况').max(LIMITS.text, `办理情况不能超过 ${LIMITS.text} 个字`),
  /** Photos stored through media.add (before / after). */
  photos: z.array(Id).max(9, '最多附 9 张照片').default([]),
  at: Instant,
  by: OperatorName,
});
export type FollowUpReply = z.infer<typeof FollowUpReply>;

export const VerdictEntry = z.object({
  at: Instant,
  by: OperatorName,
  verdict: Verdict,
  channel: VerdictChannel,
  /** Required for 不满意: why, which is the reason the item reopens. */
  note: z.string().max(LIMITS.text).default(''),
});
export type VerdictEntry = z.infer<typeof VerdictEntry>;

/** One 回访 attempt: answered (its verdict is in `verdicts`) or nobody answered, try again. */
export const CallbackAttempt = z.object({
  at: Instant,
  by: OperatorName,
  outcome: z.enum(['answered', 'no_answer']),
  note: z.string().max(500).default(''),
});
export type CallbackAttempt = z.infer<typeof CallbackAttempt>;

export const FollowUpChangeKind = z.enum([
  'created',
  'edited',
  'started',
  'replied',
  'evaluated',
  'reopened',
  'closed',
  'milestone',
  'callback',
  /** A bulk change taken back (note names what was undone). */
  'undone',
]);
export type FollowUpChangeKind = z.infer<typeof FollowUpChangeKind>;

/** One entry of an item's record: who, when, from → to. Appended, never rewritten. */
export const FollowUpChange = z.object({
  at: Instant,
  by: OperatorName,
  kind: FollowUpChangeKind,
  from: FollowUpState.nullable().default(null),
  to: FollowUpState.nullable().default(null),
  note: z.string().max(LIMITS.text).default(''),
});
export type FollowUpChange = z.infer<typeof FollowUpChange>;

/** Staff only: the asker to call back. Never on a public surface. */
export const ResidentContact = z.object({
  name: z.string().trim().max(50).default(''),
  phone: Phone.default(''),
});
export type ResidentContact = z.infer<typeof ResidentContact>;

export const FollowUpTitle = z
  .string()
  .trim()
  .min(1, '请填写事项内容')
  .max(2000, '事项内容不能超过 2000 个字');

/** The terms staff may set and later edit, without defaults (a patch names only what it changes). */
const termFields = {
  title: FollowUpTitle,
  listType: ListType,
  /** 牵头单位; null only until one is chosen (a referral may come without one). */
  leadDepartmentId: Id.nullable(),
  coDepartmentIds: z.array(Id).max(50),
  owner: z.string().trim().max(50, '责任人不能超过 50 个字'),
  deadline: LocalDate.nullable(),
  milestones: z.array(FollowUpMilestone.pick({ text: true, dueDate: true })).max(50),
  communityId: Id.nullable(),
};

export const FollowUpItem = z.object({
  id: Id,
  meetingId: Id,
  source: FollowUpSource,
  title: FollowUpTitle,
  listType: ListType,
  leadDepartmentId: Id.nullable().default(null),
  coDepartmentIds: z.array(Id).max(50).default([]),
  owner: z.string().trim().max(50).default(''),
  deadline: LocalDate.nullable().default(null),
  milestones: z.array(FollowUpMilestone).max(50).default([]),
  /** The asker's community (or the work orders' one, when they share it). */
  communityId: Id.nullable().default(null),
  /** 工单号 behind a 重大事项. */
  workOrders: z.array(z.string().max(64)).max(LIMITS.listItems).default([]),
  resident: ResidentContact.default({ name: '', phone: '' }),
  state: FollowUpState,
  replies: z.array(FollowUpReply).max(200).default([]),
  verdicts: z.array(VerdictEntry).max(200).default([]),
  callbacks: z.array(CallbackAttempt).max(200).default([]),
  /** When it reached its end state; null while open (cleared by a reopen). */
  closedAt: Instant.nullable().default(null),
  createdAt: Instant,
  createdBy: OperatorName,
  history: z.array(FollowUpChange).max(2000).default([]),
  revision: Revision.default(1),
});
export type FollowUpItem = z.infer<typeof FollowUpItem>;

/** What a form sends to create an item by hand. */
export const FollowUpDraft = z.object({
  title: termFields.title,
  listType: termFields.listType,
  leadDepartmentId: termFields.leadDepartmentId.default(null),
  coDepartmentIds: termFields.coDepartmentIds.default([]),
  owner: termFields.owner.default(''),
  deadline: termFields.deadline.default(null),
  milestones: termFields.milestones.default([]),
  communityId: termFields.communityId.default(null),
  resident: ResidentContact.default({ name: '', phone: '' }),
});
export type FollowUpDraft = z.input<typeof FollowUpDraft>;

/** An edit: a field left out stays as it is. */
export const FollowUpPatch = z.object(termFields).partial();
export type FollowUpPatch = z.input<typeof FollowUpPatch>;

/** A step of the workflow the operator asks for; the rules are in shared/logic/follow-up/workflow. */
export const FollowUpAction = z.discriminatedUnion('kind', [
  /** 办理中. */
  z.object({ kind: z.literal('start'), note: z.string().max(500).default('') }).strict(),
  /** 反馈. */
  z
    .object({
      kind: z.literal('reply'),
      date: LocalDate,
      text: FollowUpReply.shape.text,
      photos: z.array(Id).max(9, '最多附 9 张照片').default([]),
    })
    .strict(),
  /**
   * 群众评议. 不满意 reopens with `note` as the reason (required); 满意 / 基本满意 close the item in
   * `end` (required), the honest outcome: a satisfied resident does not make an unsolved item solved.
   */
  z
    .object({
      kind: z.literal('evaluate'),
      verdict: Verdict,
      channel: VerdictChannel.default('visit'),
      end: FollowUpEndState.nullable().default(null),
      note: z.string().max(LIMITS.text).default(''),
    })
    .strict(),
  /** 回访 with nobody answering: logged, the call stays on the list for another try. */
  z.object({ kind: z.literal('no_answer'), note: z.string().max(500).default('') }).strict(),
  /** 已办结未解决 without a verdict (e.g. policy does not allow it), with the reason. */
  z
    .object({
      kind: z.literal('close_unsolved'),
      reason: z.string().trim().min(1, '请填写未能解决的原因').max(2000, '原因不能超过 2000 个字'),
    })
    .strict(),
  /** Reopens an ended item (a later complaint), with the reason. */
  z
    .object({
      kind: z.literal('reopen'),
      reason: z.string().trim().min(1, '请填写重新办理的原因').max(2000, '原因不能超过 2000 个字'),
    })
    .strict(),
  /** A 持续推进 milestone reached (or taken back) on a Beijing date. */
  z.object({ kind: z.literal('milestone'), milestoneId: Id, doneOn: LocalDate.nullable() }).strict(),
]);
export type FollowUpAction = z.input<typeof FollowUpAction>;
export type ParsedFollowUpAction = z.output<typeof FollowUpAction>;
export type FollowUpActionKind = ParsedFollowUpAction['kind'];

/** The actions a bulk change may apply: never a verdict (a verdict is one resident's word). */
export const BulkFollowUpAction = z.discriminatedUnion('kind', [
  FollowUpAction.options[0],
  FollowUpAction.options[1],
]);
export type BulkFollowUpAction = z.input<typeof BulkFollowUpAction>;

/** 社区评议部门: a community rates a department that answered it. */
export const CommunityRating = z.object({
  id: Id,
  communityId: Id,
  departmentId: Id,
  verdict: Verdict,
  note: z.string().max(500).default(''),
  at: Instant,
  by: OperatorName,
});
export type CommunityRating = z.infer<typeof CommunityRating>;

export const FOLLOW_UP_SCHEMA_VERSION = 1;

/** A meeting's follow-up, apart from the meeting: months of replies never rewrite the live record. */
export const FollowUpDocument = z.object({
  schemaVersion: z.literal(FOLLOW_UP_SCHEMA_VERSION),
  meetingId: Id,
  items: z.array(FollowUpItem).max(100_000).default([]),
  communityRatings: z.array(CommunityRating).max(100_000).default([]),
  /** When the 反馈公示 was last put up (exported, or marked by the operator); its reminder stops then. */
  noticePublishedAt: Instant.nullable().default(null),
});
export type FollowUpDocument = z.infer<typeof FollowUpDocument>;

/* ----- Settings (office-wide) ----- */

export const FollowUpSettings = z.object({
  /** 回访 this many days after the reply, per list. */
  callbackDays: z.object({
    immediate: z.number().int().min(0).max(365),
    deadline: z.number().int().min(0).max(365),
    ongoing: z.number().int().min(0).max(365),
  }),
  /** A department with fewer items is shown with its counts but not ranked. */
  rankMinItems: z.number().int().min(1).max(1000),
  /** 反馈公示 is due this many days after the meeting. */
  noticeDays: z.number().int().min(0).max(365),
  /** Remind this many days before an item's deadline. */
  deadlineWarnDays: z.number().int().min(0).max(90),
});
export type FollowUpSettings = z.infer<typeof FollowUpSettings>;

export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpSettings = {
  callbackDays: { immediate: 3, deadline: 7, ongoing: 15 },
  rankMinItems: 5,
  noticeDays: 5,
  deadlineWarnDays: 3,
};

/* ----- What the lists, the scoreboard and the notice show ----- */

/**
 * One item as the lists show it: small (50,000 of them cross the transport), everything the views
 * filter, sort and count by, computed once by the services as of `asOf`.
 */
export const FollowUpRow = z.object({
  id: Id,
  meetingId: Id,
  title: z.string(),
  listType: ListType,
  leadDepartmentId: Id.nullable(),
  coDepartmentIds: z.array(Id),
  owner: z.string(),
  deadline: LocalDate.nullable(),
  /** The next open milestone's due date (持续推进), else null. */
  nextMilestone: LocalDate.nullable(),
  communityId: Id.nullable(),
  sourceKind: z.enum(['commitment', 'referral', 'group', 'manual']),
  state: FollowUpState,
  /** Past its deadline (or an open milestone's) and not finished on time, as of `asOf` (Beijing dates). */
  overdue: z.boolean(),
  /** Date of the reply the current state rests on; null when none stands (never replied, or reopened since). */
  finishedOn: LocalDate.nullable(),
  /** The latest verdict. */
  verdict: Verdict.nullable(),
  /** When a 回访 call is due (reply date + the list's days); null when none is (no reply, or answered). */
  callbackDue: LocalDate.nullable(),
  /** 回访 attempts nobody answered since the last reply. */
  unanswered: z.number().int().min(0),
  /** The meeting's day (Beijing date): what "one week after the meeting" counts from. */
  meetingDate: LocalDate,
  revision: Revision,
});
export type FollowUpRow = z.infer<typeof FollowUpRow>;

/** A figure with its denominator: "solved 12 of 20". `of: 0` shows as "—", never 0%. */
export const CountOf = z.object({ count: z.number().int().min(0), of: z.number().int().min(0) });
export type CountOf = z.infer<typeof CountOf>;

export const DepartmentScore = z.object({
  departmentId: Id,
  name: z.string(),
  /** Items it leads. */
  items: z.number().int().min(0),
  /** Finished (replied, state resting on it) on or before the deadline. */
  onTime: z.number().int().min(0),
  /** Finished late, or open past the deadline. */
  overdue: z.number().int().min(0),
  solved: z.number().int().min(0),
  partlySolved: z.number().int().min(0),
  closedUnsolved: z.number().int().min(0),
  /** Solved with the reply dated within 7 days of the meeting day ("542 within a week"). */
  solvedInWeek: z.number().int().min(0),
  /** Items with a verdict, and those whose latest is 满意 or 基本满意. */
  rated: z.number().int().min(0),
  satisfied: z.number().int().min(0),
  /** 社区评议: communities' ratings of this department. */
  communityRated: z.number().int().min(0),
  communitySatisfied: z.number().int().min(0),
  /** Has at least rankMinItems items; only ranked departments get a rank. */
  ranked: z.boolean(),
  /** 1-based by solved rate, then satisfaction rate; null when not ranked. */
  rank: z.number().int().min(1).nullable(),
});
export type DepartmentScore = z.infer<typeof DepartmentScore>;

export const Scoreboard = z.object({
  asOf: LocalDate,
  /** The period the figures are of: the meetings' days to `asOf`. */
  from: LocalDate.nullable(),
  meetingIds: z.array(Id),
  rankMinItems: z.number().int().min(1),
  departments: z.array(DepartmentScore),
  /** Items without a lead department yet: counted here so no item drops out of the totals. */
  unassigned: z.number().int().min(0),
  totals: DepartmentScore.omit({ departmentId: true, name: true, ranked: true, rank: true }),
});
export type Scoreboard = z.infer<typeof Scoreboard>;

/** A reminder for the console: the notice is due, a deadline is near or passed, a call-back is due. */
export const FollowUpReminder = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notice'), meetingId: Id, dueOn: LocalDate, overdue: z.boolean() }),
  z.object({
    kind: z.literal('deadline'),
    meetingId: Id,
    itemId: Id,
    deadline: LocalDate,
    overdue: z.boolean(),
  }),
  z.object({ kind: z.literal('callbacks'), meetingId: Id, count: z.number().int().min(1) }),
]);
export type FollowUpReminder = z.infer<typeof FollowUpReminder>;

/** An item due for 回访, with the resident to call (staff only). */
export const CallbackRow = z.object({
  row: FollowUpRow,
  resident: ResidentContact,
  lastReply: z.string(),
});
export type CallbackRow = z.infer<typeof CallbackRow>;

/** One line of the timeline from the question in the hall to the verdict. */
export const TimelineEntry = z.object({
  at: Instant,
  /** Who did it (an operator's name); empty for the department's own dated reply. */
  by: z.string(),
  phase: z.enum(['hall', 'follow_up']),
  kind: z.string(),
  text: z.string(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const FollowUpDetail = z.object({
  item: FollowUpItem,
  row: FollowUpRow,
  /** The question as asked in the hall (staff view), when the item came from one. */
  question: z.object({ id: Id, text: z.string(), receivedAt: Instant, askerName: z.string() }).nullable(),
  timeline: z.array(TimelineEntry),
});
export type FollowUpDetail = z.infer<typeof FollowUpDetail>;

/** 反馈公示: what a notice board may show. Personal data masked, every count with its denominator. */
export const PublicNotice = z.object({
  meetingId: Id,
  /** When it was last put up; null while it has not been. */
  publishedAt: Instant.nullable(),
  meetingTitle: z.string(),
  meetingDate: LocalDate,
  officeName: z.string(),
  asOf: LocalDate,
  items: z.array(
    z.object({
      title: z.string(),
      listType: ListType,
      departments: z.string(),
      deadline: LocalDate.nullable(),
      state: FollowUpState,
      overdue: z.boolean(),
      /** The latest reply, masked; empty when none. */
      reply: z.string(),
      replyDate: LocalDate.nullable(),
    }),
  ),
  counts: z.object({
    total: z.number().int().min(0),
    solved: z.number().int().min(0),
    partlySolved: z.number().int().min(0),
    closedUnsolved: z.number().int().min(0),
    open: z.number().int().min(0),
    overdue: z.number().int().min(0),
  }),
});
export type PublicNotice = z.infer<typeof PublicNotice>;
