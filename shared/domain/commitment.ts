import { z } from 'zod';
import { Id, Instant, LIMITS, LocalDate } from './common';

/** The three lists every issue is assigned to: 立即整改 / 限期办理 / 持续推进. */
export const ListType = z.enum(['immediate', 'deadline', 'ongoing']);
export type ListType = z.infer<typeof ListType>;

/** The closed loop 交办 → 反馈 → 评价, as a follow-up state. */
export const FollowUpStage = z.enum(['assigned', 'inProgress', 'done', 'evaluated']);
export type FollowUpStage = z.infer<typeof FollowUpStage>;

export const FollowUpEntry = z.object({
  at: Instant,
  stage: FollowUpStage,
  note: z.string().max(LIMITS.text).default(''),
  by: z.string().max(100).default(''),
});
export type FollowUpEntry = z.infer<typeof FollowUpEntry>;

/** 群众评议: the residents' verdict on the outcome. */
export const Evaluation = z.object({
  at: Instant,
  satisfied: z.number().int().nonnegative(),
  basicallySatisfied: z.number().int().nonnegative(),
  dissatisfied: z.number().int().nonnegative(),
  note: z.string().max(LIMITS.text).default(''),
});
export type Evaluation = z.infer<typeof Evaluation>;

/** 当场承诺: made at the meeting, then followed through to the residents' verdict. */
export const Commitment = z.object({
  id: Id,
  questionId: Id.nullable().default(null),
  text: z.string().trim().min(1).max(LIMITS.text),
  listType: ListType,
  /** 牵头单位 plus co-departments (街乡吹哨、部门报到). */
  leadDepartmentId: Id,
  coDepartmentIds: z.array(Id).max(50).default([]),
  deadline: LocalDate.nullable(),
  createdAt: Instant,
  history: z.array(FollowUpEntry).max(1000).default([]),
  evaluation: Evaluation.nullable().default(null),
});
export type Commitment = z.infer<typeof Commitment>;
