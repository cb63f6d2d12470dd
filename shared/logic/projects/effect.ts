import type { DateSpan, EffectFigures, ProjectEffect } from '../../domain/project';
import { formatShanghai } from '../shanghai-time';

/** One imported opinion set as the effect reads it. */
export interface EffectSource {
  label: string;
  rows: ReadonlyArray<{ category: string; receivedAt: string | null; workOrderNo: string }>;
}

const EIGHT_HOURS = 8 * 60 * 60 * 1000;
const FIXED_OFFSET_SINCE = Date.UTC(1992, 0, 1);

/**
 * The Beijing calendar day of an instant (a work order received 00:30 in Beijing is that day, whatever
 * its offset says); null when unreadable. Sets hold tens of thousands of rows, so the fixed +08:00 is
 * applied by arithmetic, the zone database kept for older moments.
 */
function beijingDate(instant: string | null): string | null {
  if (!instant) return null;
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  if (ms < FIXED_OFFSET_SINCE) return formatShanghai(instant, 'YYYY-MM-DD');
  return new Date(ms + EIGHT_HOURS).toISOString().slice(0, 10);
}

const within = (day: string, span: DateSpan): boolean => span.from <= day && day <= span.to;

interface PeriodCount {
  covered: boolean;
  numbered: Set<string>;
  unnumbered: number;
}

/**
 * The category's work orders in each period across every set (one work order counted once when its
 * 工单编号 appears in two sets); a period no set has any dated row in is null, never 0.
 *
 * A period is covered when any row of any category falls in it: a set that reaches the period and has
 * none of the category there says 0. Categories match as written, trimmed. Rows without a 工单编号 are
 * each counted. `sources` names the sets with rows in either period, in their order.
 */
export function effectFigures(effect: ProjectEffect, sources: readonly EffectSource[]): EffectFigures {
  const category = effect.category.trim();
  const periods: Record<'before' | 'after', PeriodCount> = {
    before: { covered: false, numbered: new Set(), unnumbered: 0 },
    after: { covered: false, numbered: new Set(), unnumbered: 0 },
  };
  const used: string[] = [];
  for (const source of sources) {
    let reached = false;
    for (const row of source.rows) {
      const day = beijingDate(row.receivedAt);
      if (day === null) continue;
      for (const key of ['before', 'after'] as const) {
        if (!within(day, effect[key])) continue;
        const period = periods[key];
        period.covered = true;
        reached = true;
        if (row.category.trim() !== category) continue;
        const no = row.workOrderNo.trim();
        if (no) period.numbered.add(no);
        else period.unnumbered += 1;
      }
    }
    if (reached && !used.includes(source.label)) used.push(source.label);
  }
  const countOf = (p: PeriodCount): number | null => (p.covered ? p.numbered.size + p.unnumbered : null);
  const before = countOf(periods.before);
  const after = countOf(periods.after);
  return {
    category,
    before: { ...effect.before, count: before },
    after: { ...effect.after, count: after },
    change: before === null || before === 0 || after === null ? null : after / before - 1,
    sources: used,
  };
}
