import type { FollowUpRow, FollowUpState, ListType } from '../../domain';

/** The 跟踪 tab's views: by list type, by department, by community, by deadline. */
export type FollowUpView = 'list' | 'department' | 'community' | 'deadline';

export interface FollowUpFilter {
  meetingId?: string | null;
  listType?: ListType | null;
  /** Lead or co-department. */
  departmentId?: string | null;
  communityId?: string | null;
  /** Empty or absent: every state. */
  states?: readonly FollowUpState[];
  overdueOnly?: boolean;
  /** Words of the title (case and width folded). */
  text?: string;
}

export type FollowUpSortKey = 'deadline' | 'state' | 'listType' | 'department' | 'title' | 'meeting';

export interface Names {
  departments: ReadonlyMap<string, string>;
  communities: ReadonlyMap<string, string>;
  meetings: ReadonlyMap<string, string>;
}

export interface RowGroup {
  /** A list type, department id, community id or deadline bucket; 'none' for rows without one. */
  key: string;
  label: string;
  rows: FollowUpRow[];
}

/** Rows matching every given condition, in their order. Fast enough for 50,000 rows per keystroke. */
export function filterRows(_rows: readonly FollowUpRow[], _filter: FollowUpFilter): FollowUpRow[] {
  throw new Error('not implemented');
}

/** A stable sort (ties keep their order); deadlines: none last in either direction. */
export function sortRows(
  _rows: readonly FollowUpRow[],
  _key: FollowUpSortKey,
  _direction: 'asc' | 'desc',
  _names: Names,
): FollowUpRow[] {
  throw new Error('not implemented');
}

/**
 * Rows grouped for a view, groups in a fixed order (list types in their order, departments and
 * communities by name with "未指定" last, deadline buckets 已逾期 / 7 天内 / 30 天内 / 更晚 / 无期限).
 * Labels in Chinese; the renderer may relabel by key.
 */
export function groupRows(
  _rows: readonly FollowUpRow[],
  _view: FollowUpView,
  _names: Names,
  _asOf: string,
): RowGroup[] {
  throw new Error('not implemented');
}
