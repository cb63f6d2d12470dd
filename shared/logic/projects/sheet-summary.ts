import type { ProjectSheetResult } from '../../domain/project';

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
  void file;
  void sheet;
  throw new Error('not implemented');
}
