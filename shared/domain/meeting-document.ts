import { z } from 'zod';
import { Instant } from './common';
import { LiveRecord } from './live';
import { Meeting } from './meeting';

/** v2: questions with states, history and merges; commitments with owner, milestones and edits; scores. */
export const MEETING_SCHEMA_VERSION = 2;

/**
 * One meeting as stored: one JSON document per meeting, with its live record (questions,
 * commitments, scores, the close). Large, rarely edited sets (imported opinions, the report card)
 * live in documents of their own so that saving a live question never rewrites them.
 */
export const MeetingDocument = LiveRecord.extend({
  schemaVersion: z.literal(MEETING_SCHEMA_VERSION),
  meeting: Meeting,
  /** Set when deleted; the meeting stays undoable this session, then moves to the trash for 30 days. */
  deletedAt: Instant.nullable().default(null),
});
export type MeetingDocument = z.infer<typeof MeetingDocument>;
