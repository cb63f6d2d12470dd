import type { EffectFigures, ProjectEffect } from '../../domain/project';

/** One imported opinion set as the effect reads it. */
export interface EffectSource {
  label: string;
  rows: ReadonlyArray<{ category: string; receivedAt: string | null; workOrderNo: string }>;
}

/**
 * The category's work orders in each period across every set (one work order counted once when its
 * 工单编号 appears in two sets); a period no set has any dated row in is null, never 0.
 */
export function effectFigures(effect: ProjectEffect, sources: readonly EffectSource[]): EffectFigures {
  void effect;
  void sources;
  throw new Error('not implemented');
}
