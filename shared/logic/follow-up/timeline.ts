import type { FollowUpItem, Question, TimelineEntry } from '../../domain';

/** One timeline, oldest first: the question's life in the hall, then every follow-up change. */
export function buildTimeline(_item: FollowUpItem, _question: Question | null): TimelineEntry[] {
  throw new Error('not implemented');
}
