import { z } from 'zod';
import { Instant } from './common';
import { Commitment } from './commitment';
import { Meeting } from './meeting';
import { Question } from './question';

export const MEETING_SCHEMA_VERSION = 1;

/**
 * One meeting as stored: one JSON document per meeting. Large, rarely edited sets (imported opinions)
 * live in documents of their own so that saving a live question never rewrites them.
 */
export const MeetingDocument = z.object({
  schemaVersion: z.literal(MEETING_SCHEMA_VERSION),
  meeting: Meeting,
  questions: z.array(Question).default([]),
  commitments: z.array(Commitment).default([]),
  /** Set when deleted; the meeting stays undoable this session, then moves to the trash for 30 days. */
  deletedAt: Instant.nullable().default(null),
});
export type MeetingDocument = z.infer<typeof MeetingDocument>;
