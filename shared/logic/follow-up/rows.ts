import type { FollowUpItem, FollowUpRow, FollowUpSettings } from '../../domain';

export interface RowContext {
  /** The day the figures are of (Beijing date). */
  asOf: string;
  /** The meeting's day (Beijing date). */
  meetingDate: string;
  settings: FollowUpSettings;
}

/**
 * The list row of an item as of a date. Overdue: the deadline (or an open milestone's due date) is
 * before `asOf` and the item was not finished by then; finishing on the deadline day is on time.
 */
export function toRow(_item: FollowUpItem, _c: RowContext): FollowUpRow {
  throw new Error('not implemented');
}
