import { z } from 'zod';
import { Id, Instant, LIMITS, Revision, SampleMark, Title } from './common';

/** 街道级 / 社区级 / 专题 report-back meeting. */
export const MeetingLevel = z.enum(['street', 'community', 'topic']);
export type MeetingLevel = z.infer<typeof MeetingLevel>;

export const MeetingStatus = z.enum(['draft', 'scheduled', 'live', 'closed']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

const fields = {
  title: Title,
  level: MeetingLevel,
  /** Start, with offset; shown and entered in Asia/Shanghai. */
  startsAt: Instant,
  venue: z.string().trim().max(200, '地点不能超过 200 个字'),
  communityIds: z.array(Id).max(500),
  status: MeetingStatus,
  notes: z.string().max(LIMITS.text, `备注不能超过 ${LIMITS.text} 个字`),
};

/** What the operator fills in; the service adds identity and bookkeeping. */
export const MeetingDraft = z.object({
  ...fields,
  venue: fields.venue.default(''),
  communityIds: fields.communityIds.default([]),
  status: fields.status.default('draft'),
  notes: fields.notes.default(''),
});
export type MeetingDraft = z.input<typeof MeetingDraft>;

export const Meeting = MeetingDraft.extend({
  id: Id,
  createdAt: Instant,
  updatedAt: Instant,
  /** Bumped on every write; lets a client detect that someone else changed the meeting. */
  revision: Revision,
  /** Part of the sample office; removed with it. */
  sample: SampleMark,
});
export type Meeting = z.infer<typeof Meeting>;

/** Only the fields given change: no defaults here, or a patch would blank what it does not name. */
export const MeetingPatch = z.object(fields).partial();
export type MeetingPatch = z.input<typeof MeetingPatch>;
