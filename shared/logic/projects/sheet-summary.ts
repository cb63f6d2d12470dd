import type { ProjectCategory, ProjectSheetResult } from '../../domain/project';
import { CATEGORY_LABELS } from './categories';

/** `summarize-projects --json`: lists in the sheet's order of first appearance, rates unrounded. */
export interface ProjectSummaryJson {
  file: string;
  sheet: string;
  headerRow: number;
  records: number;
  /** null when the sheet has no 是否完成 / 完成情况 / 进度 column (no column is not zero). */
  completed: number | null;
  completionRate: number | null;
  byCategory: Array<{ name: string; planned: number; completed: number | null }>;
  byTown: Array<{ name: string | null; planned: number; completed: number | null }>;
  /** The unfinished projects' ids (项目编号, else 序号, else 第N行), in sheet order. */
  unfinished: string[];
  /** Rows left out with their reasons (not projects), in sheet order. */
  skipped: Array<{ row: number; reason: string }>;
}

export function summarizeProjectSheet(file: string, sheet: ProjectSheetResult): ProjectSummaryJson {
  const withCompletion = sheet.hasCompletion;
  const byCategory = new Map<ProjectCategory, { name: string; planned: number; completed: number | null }>();
  const byTown = new Map<string, { name: string | null; planned: number; completed: number | null }>();
  const unfinished: string[] = [];
  let completed = 0;
  for (const record of sheet.records) {
    const done = record.completed === true;
    if (done) completed += 1;
    else if (withCompletion) unfinished.push(record.ref);
    let category = byCategory.get(record.category);
    if (!category) {
      category = { name: CATEGORY_LABELS[record.category], planned: 0, completed: withCompletion ? 0 : null };
      byCategory.set(record.category, category);
    }
    category.planned += 1;
    if (done && category.completed !== null) category.completed += 1;
    const townName = record.town.trim() === '' ? null : record.town;
    const townKey = townName ?? '';
    let town = byTown.get(townKey);
    if (!town) {
      town = { name: townName, planned: 0, completed: withCompletion ? 0 : null };
      byTown.set(townKey, town);
    }
    town.planned += 1;
    if (done && town.completed !== null) town.completed += 1;
  }
  const records = sheet.records.length;
  return {
    file,
    sheet: sheet.sheet,
    headerRow: sheet.headerRow,
    records,
    completed: withCompletion ? completed : null,
    completionRate: withCompletion && records > 0 ? completed / records : null,
    byCategory: [...byCategory.values()],
    byTown: [...byTown.values()],
    unfinished,
    skipped: sheet.refused.map((r) => ({ row: r.row, reason: r.reason })),
  };
}
