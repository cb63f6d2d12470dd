import type { Department, LiveSummary, QuestionState } from '../../../../shared/domain';

/** The summary's question lines, outcomes first, then what is still open. */
export const SUMMARY_STATES: readonly QuestionState[] = [
  'answered',
  'committed',
  'referred',
  'declined',
  'merged',
  'waiting',
  'onScreen',
];

export interface DepartmentRow {
  departmentId: string;
  /** Null when the department was removed from the office since. */
  name: string | null;
  count: number;
}

/** Commitments per lead department, most first, then by name so the order is stable. */
export function departmentRows(
  summary: Pick<LiveSummary, 'byDepartment'>,
  departments: readonly Pick<Department, 'id' | 'name'>[],
): DepartmentRow[] {
  const names = new Map(departments.map((d) => [d.id, d.name]));
  return summary.byDepartment
    .map((row) => ({
      departmentId: row.departmentId,
      name: names.get(row.departmentId) ?? null,
      count: row.count,
    }))
    .sort((a, b) => b.count - a.count || (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN'));
}
