import type {
  DateSpan,
  Project,
  ProjectBatch,
  ProjectCategory,
  ProjectStage,
  ProjectTerms,
} from '../../../../shared/domain/project';
import { PROJECT_CATEGORIES } from '../../../../shared/domain/project';
import {
  currentBatchId,
  isFinished,
  isLate,
  isOverdue,
} from '../../../../shared/logic/projects/project-state';

export type ProjectStatus = 'all' | 'finished' | 'unfinished' | 'late' | 'overdue';

export interface ProjectFilter {
  category: ProjectCategory | null;
  town: string | null;
  stage: ProjectStage | null;
  status: ProjectStatus;
  search: string;
}

export const NO_FILTER: ProjectFilter = {
  category: null,
  town: null,
  stage: null,
  status: 'all',
  search: '',
};

/** The batch a screen opens on: the one running, else the latest one opened; null in an empty pool. */
export function defaultBatchId(batches: readonly ProjectBatch[]): string | null {
  const open = batches.find((b) => b.closedOn === null);
  if (open) return open.id;
  const latest = [...batches].sort((a, b) => b.number - a.number)[0];
  return latest?.id ?? null;
}

export function openBatchOf(batches: readonly ProjectBatch[]): ProjectBatch | null {
  return batches.find((b) => b.closedOn === null) ?? null;
}

/** A project belongs to every batch it was listed in: a carried one shows in the old batch and the new. */
export function inBatch(project: Pick<Project, 'batchIds'>, batchId: string | null): boolean {
  return batchId === null || project.batchIds.includes(batchId);
}

function matchesStatus(project: Project, status: ProjectStatus, asOf: string): boolean {
  switch (status) {
    case 'all':
      return true;
    case 'finished':
      return isFinished(project);
    case 'unfinished':
      return !isFinished(project);
    case 'late':
      return isLate(project);
    case 'overdue':
      return isOverdue(project, asOf);
  }
}

export function filterProjects(
  projects: readonly Project[],
  batchId: string | null,
  filter: ProjectFilter,
  asOf: string,
): Project[] {
  const needle = filter.search.trim().toLowerCase();
  return projects.filter(
    (p) =>
      inBatch(p, batchId) &&
      (filter.category === null || p.category === filter.category) &&
      (filter.town === null || p.town === filter.town) &&
      (filter.stage === null || p.stage === filter.stage) &&
      matchesStatus(p, filter.status, asOf) &&
      (needle === '' || p.name.toLowerCase().includes(needle) || p.code.toLowerCase().includes(needle)),
  );
}

/** The 街镇 named in the pool, in order of first appearance (blank ones left out). */
export function townsOf(projects: readonly Project[]): string[] {
  const seen = new Set<string>();
  for (const p of projects) if (p.town !== '') seen.add(p.town);
  return [...seen];
}

/** The batches a carried project passed through, by name; empty for a project listed only once. */
export function carriedThrough(
  project: Pick<Project, 'batchIds'>,
  batches: readonly ProjectBatch[],
): string[] {
  if (project.batchIds.length < 2) return [];
  const byId = new Map(batches.map((b) => [b.id, b.name]));
  return project.batchIds.map((id) => byId.get(id) ?? id);
}

/** What closing a batch would carry: its projects standing in it and not finished, per category. */
export function carryPreview(
  projects: readonly Project[],
  batchId: string,
): { total: number; byCategory: { category: ProjectCategory; count: number }[] } {
  const left = projects.filter((p) => currentBatchId(p) === batchId && !isFinished(p));
  const byCategory = PROJECT_CATEGORIES.map((category) => ({
    category,
    count: left.filter((p) => p.category === category).length,
  })).filter((c) => c.count > 0);
  return { total: left.length, byCategory };
}

/**
 * 成效 periods by default: the whole calendar year before the deadline's year against the deadline's
 * year (the article compares a half-year with the same half-year before; the operator narrows it).
 */
export function defaultEffectSpans(
  deadline: string | null,
  today: string,
): { before: DateSpan; after: DateSpan } {
  const year = Number((deadline ?? today).slice(0, 4));
  return {
    before: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
    after: { from: `${year}-01-01`, to: `${year}-12-31` },
  };
}

/** "2024年1月15日" in Chinese, the ISO day otherwise. */
export function formatDay(day: string, language: string): string {
  if (!language.startsWith('zh')) return day;
  const [y, m, d] = day.split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** "−47.1%" (a true minus sign), "+12.0%"; null when the change is unknown. */
export function formatEffectChange(change: number | null): string | null {
  if (change === null) return null;
  const scaled = Math.round(Math.abs(change) * 1000) / 10;
  const sign = change < 0 ? '−' : change > 0 ? '+' : '';
  return `${sign}${scaled.toFixed(1)}%`;
}

/** The terms an edit form starts from: a project's own, or a blank one. */
export function termsOf(project: Project | null): ProjectTerms {
  if (project) {
    const { code, name, category, town, community, leadUnit, coUnits, fundsPlannedYuan, fundsSpentYuan } =
      project;
    const { deadline, stage, progress, completedOn, tasks, sources, effect, notes } = project;
    return {
      code,
      name,
      category,
      town,
      community,
      leadUnit,
      coUnits,
      fundsPlannedYuan,
      fundsSpentYuan,
      deadline,
      stage,
      progress,
      completedOn,
      tasks,
      sources,
      effect,
      notes,
    };
  }
  return {
    code: '',
    name: '',
    category: 'living',
    town: '',
    community: '',
    leadUnit: '',
    coUnits: [],
    fundsPlannedYuan: null,
    fundsSpentYuan: null,
    deadline: null,
    stage: 'apply',
    progress: 0,
    completedOn: null,
    tasks: [],
    sources: [],
    effect: null,
    notes: '',
  };
}

/** Only the fields the operator changed, so the history names just those (from → to). */
export function changedTerms(before: ProjectTerms, after: ProjectTerms): Partial<ProjectTerms> {
  const patch: Partial<ProjectTerms> = {};
  for (const key of Object.keys(after) as (keyof ProjectTerms)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      (patch as Record<string, unknown>)[key] = after[key];
    }
  }
  return patch;
}
