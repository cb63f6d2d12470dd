import { z } from 'zod';
import { Id, Instant, LIMITS } from './common';

/** A question from the floor, typed by staff or sent from a resident's phone; moderated before display. */
export const QuestionSource = z.enum(['staff', 'phone']);
export const QuestionState = z.enum(['pending', 'approved', 'answered', 'rejected']);

export const Question = z.object({
  id: Id,
  source: QuestionSource,
  text: z.string().trim().min(1).max(LIMITS.text),
  communityId: Id.nullable().default(null),
  askerName: z.string().trim().max(50).default(''),
  askerPhone: z.string().trim().max(32).default(''),
  state: QuestionState,
  upvotes: z.number().int().nonnegative().default(0),
  receivedAt: Instant,
  /** Idempotency key from the phone, so a resubmission is stored once. */
  clientId: z.string().max(64).nullable().default(null),
});
export type Question = z.infer<typeof Question>;
