import { z } from 'zod';
import { Id, Instant, LIMITS, LocalDate, Revision } from './common';
import { OperatorName } from './question';

/** The three lists every issue is assigned to: 立即整改 / 限期办理 / 持续推进. */
export const ListType = z.enum(['immediate', 'deadline', 'ongoing']);
export type ListType = z.infer<typeof ListType>;

/** A dated step of a 持续推进 commitment (ongoing needs at least one). */
export const Milestone = z.object({
  id: Id,
  text: z.string().trim().min(1, '请填写节点内容').max(200, '节点内容不能超过 200 个字'),
  dueDate: LocalDate,
  doneAt: Instant.nullable().default(null),
});
export type Milestone = z.infer<typeof Milestone>;

/** How the operator gave a deadline; resolved to a date in Asia/Shanghai by the service. */
export const DeadlinePreset = z.enum(['today', 'days7', 'days30', 'quarterEnd']);
export type DeadlinePreset = z.infer<typeof DeadlinePreset>;

export const DeadlineInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('preset'), preset: DeadlinePreset }).strict(),
  z.object({ kind: z.literal('date'), date: LocalDate }).strict(),
  /** Only for 持续推进, whose milestones carry the dates. */
  z.object({ kind: z.literal('none') }).strict(),
]);
export type DeadlineInput = z.infer<typeof DeadlineInput>;

/** One field changed after the meeting made the commitment: kept so the room's words stay on record. */
export const CommitmentChange = z.object({
  at: Instant,
  by: OperatorName,
  field: z.enum([
    'text',
    'listType',
    'leadDepartmentId',
    'coDepartmentIds',
    'owner',
    'deadline',
    'milestones',
  ]),
  /** Values as display-neutral text (ids, dates, JSON for lists). */
  from: z.string().max(LIMITS.text),
  to: z.string().max(LIMITS.text),
});
export type CommitmentChange = z.infer<typeof CommitmentChange>;

export const CommitmentText = z
  .string()
  .trim()
  .min(1, '请填写承诺内容（将做什么）')
  .max(2000, '承诺内容不能超过 2000 个字');

/** 当场承诺: made at the meeting, then followed through to the residents' verdict. */
export const Commitment = z.object({
  id: Id,
  questionId: Id.nullable().default(null),
  text: CommitmentText,
  listType: ListType,
  /** 牵头单位 plus co-departments (街乡吹哨、部门报到). */
  leadDepartmentId: Id,
  coDepartmentIds: z.array(Id).max(50).default([]),
  /** 责任人. */
  owner: z.string().trim().max(50).default(''),
  deadline: LocalDate.nullable(),
  milestones: z.array(Milestone).max(50).default([]),
  createdAt: Instant,
  createdBy: z.string().max(50).default(''),
  /** Edits after the meeting made it (who, when, from → to). */
  changes: z.array(CommitmentChange).max(1000).default([]),
  revision: Revision.default(1),
});
export type Commitment = z.infer<typeof Commitment>;

/** The terms of a commitment, without defaults (a patch names only what it changes). */
const termFields = {
  text: CommitmentText,
  listType: ListType,
  leadDepartmentId: Id,
  coDepartmentIds: z.array(Id).max(50),
  owner: z.string().trim().max(50, '责任人不能超过 50 个字'),
  deadline: DeadlineInput,
  milestones: z.array(Milestone.pick({ text: true, dueDate: true })).max(50),
};

/** What the commitment form sends. */
export const CommitmentDraft = z.object({
  /** The question it answers; null when an official announces it unasked. */
  questionId: Id.nullable().default(null),
  ...termFields,
  coDepartmentIds: termFields.coDepartmentIds.default([]),
  owner: termFields.owner.default(''),
  milestones: termFields.milestones.default([]),
});
export type CommitmentDraft = z.input<typeof CommitmentDraft>;

/** An edit: a field left out stays as it is, never reset to its draft default. */
export const CommitmentPatch = z.object(termFields).partial();
export type CommitmentPatch = z.input<typeof CommitmentPatch>;
