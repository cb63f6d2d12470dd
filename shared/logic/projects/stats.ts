import type { BatchStats, ProjectPoolDocument } from '../../domain/project';

/**
 * Per batch, in batch order: planned = new + carried in; completed = finished while it stood in this
 * batch (a project carried on counts unfinished here and may finish in the next); late flagged apart.
 * Categories in the fixed order (all four, zeros kept), 街镇 in order of first appearance.
 */
export function batchStats(pool: ProjectPoolDocument, asOf: string): BatchStats[] {
  void pool;
  void asOf;
  throw new Error('not implemented');
}
