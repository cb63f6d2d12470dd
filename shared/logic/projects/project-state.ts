import type { Project } from '../../domain/project';

/** Where a project stands now: the last batch it was listed in. */
export function currentBatchId(project: Pick<Project, 'batchIds'>): string {
  return project.batchIds[project.batchIds.length - 1]!;
}

/** Finished: it has the day it was finished. Finished late is still finished. */
export function isFinished(project: Pick<Project, 'completedOn'>): boolean {
  return project.completedOn !== null;
}

/** Finished after its deadline (Beijing dates, compared as YYYY-MM-DD). */
export function isLate(project: Pick<Project, 'completedOn' | 'deadline'>): boolean {
  return project.completedOn !== null && project.deadline !== null && project.completedOn > project.deadline;
}

/** Unfinished and past its deadline as of `asOf`. */
export function isOverdue(project: Pick<Project, 'completedOn' | 'deadline'>, asOf: string): boolean {
  return project.completedOn === null && project.deadline !== null && project.deadline < asOf;
}
