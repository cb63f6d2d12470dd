import {
  PROJECT_CATEGORIES,
  type BatchStats,
  type CompletionCount,
  type Project,
  type ProjectBatch,
  type ProjectPoolDocument,
} from '../../domain/project';
import { fraction } from '../fraction';
import { CATEGORY_LABELS } from './categories';
import { currentBatchId, isFinished, isLate } from './project-state';

interface Tally {
  planned: number;
  completed: number;
  late: number;
}

function count(name: string | null, t: Tally): CompletionCount {
  return {
    name,
    planned: t.planned,
    completed: t.completed,
    late: t.late,
    rate: fraction(t.completed, t.planned),
  };
}

function statsOf(batch: ProjectBatch, projects: readonly Project[], asOf: string): BatchStats {
  const total: Tally = { planned: 0, completed: 0, late: 0 };
  const byCategory = new Map(PROJECT_CATEGORIES.map((c) => [c, { planned: 0, completed: 0, late: 0 }]));
  const byTown = new Map<string | null, Tally>();
  let newProjects = 0;
  let carriedOut = 0;
  let fundsPlanned = 0;
  let fundsSpent = 0;
  for (const p of projects) {
    const at = p.batchIds.indexOf(batch.id);
    if (at < 0) continue;
    if (at === 0) newProjects += 1;
    if (at < p.batchIds.length - 1) carriedOut += 1;
    // Finished counts only where it stood when finished: a project carried on is unfinished here.
    const completed = isFinished(p) && currentBatchId(p) === batch.id;
    const late = completed && isLate(p);
    const town = p.town.trim() || null;
    let townTally = byTown.get(town);
    if (!townTally) {
      townTally = { planned: 0, completed: 0, late: 0 };
      byTown.set(town, townTally);
    }
    for (const t of [total, byCategory.get(p.category)!, townTally]) {
      t.planned += 1;
      if (completed) t.completed += 1;
      if (late) t.late += 1;
    }
    fundsPlanned += p.fundsPlannedYuan ?? 0;
    fundsSpent += p.fundsSpentYuan ?? 0;
  }
  const end = batch.closedOn ?? asOf;
  return {
    batchId: batch.id,
    name: batch.name,
    // A batch opened after `asOf` has run no days yet; its period is its first day, never backwards.
    period: { from: batch.openedOn, to: end < batch.openedOn ? batch.openedOn : end },
    planned: total.planned,
    newProjects,
    carriedIn: total.planned - newProjects,
    completed: total.completed,
    late: total.late,
    unfinished: total.planned - total.completed,
    carriedOut,
    rate: fraction(total.completed, total.planned),
    byCategory: PROJECT_CATEGORIES.map((category) => ({
      category,
      ...count(CATEGORY_LABELS[category], byCategory.get(category)!),
    })),
    byTown: [...byTown].map(([name, t]) => count(name, t)),
    fundsPlannedYuan: fundsPlanned,
    fundsSpentYuan: fundsSpent,
  };
}

/**
 * Per batch, in batch order: planned = new + carried in; completed = finished while it stood in this
 * batch (a project carried on counts unfinished here and may finish in the next); late flagged apart.
 * Categories in the fixed order (all four, zeros kept), 街镇 in order of first appearance.
 *
 * Funds are the sums over the batch's planned projects, a blank amount adding nothing; a carried
 * project's funds appear in each batch it was listed in, as the district's per-batch tables show them.
 */
export function batchStats(pool: ProjectPoolDocument, asOf: string): BatchStats[] {
  return [...pool.batches].sort((a, b) => a.number - b.number).map((b) => statsOf(b, pool.projects, asOf));
}
