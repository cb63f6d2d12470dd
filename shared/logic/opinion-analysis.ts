import type { Opinion, OpinionChannel, Satisfaction } from '../domain/opinion';
import {
  UNSPECIFIED,
  type ChannelBucket,
  type CountBucket,
  type MonthBucket,
  type OpinionFigure,
  type OpinionSummary,
  type SatisfactionSummary,
  type TopShare,
  type YearBucket,
  type YearOnYear,
  type YearOnYearRow,
} from '../domain/opinion-summary';
import { fraction, formatRate } from './fraction';
import { CHANNEL_LABELS } from './opinion-values';
import { formatShanghai } from './shanghai-time';

/** What the figures need from an opinion; stored opinions and freshly imported rows both fit. */
export type AnalysedOpinion = Pick<Opinion, 'channel' | 'category' | 'communityName' | 'receivedAt' | 'resolved' | 'satisfaction'>;

const SATISFACTION_LEVELS: readonly Satisfaction[] = ['satisfied', 'basicallySatisfied', 'dissatisfied', 'unrated'];

export function categoryOf(o: AnalysedOpinion): string {
  return o.category.trim() || UNSPECIFIED;
}

export function communityOf(o: AnalysedOpinion): string {
  return o.communityName.trim() || UNSPECIFIED;
}

/** YYYY-MM-DD of the received time in Beijing; imported times already carry +08:00, so most need no tz maths. */
function shanghaiDate(iso: string): string {
  return iso.endsWith('+08:00') ? iso.slice(0, 10) : formatShanghai(iso, 'YYYY-MM-DD');
}

export function monthOf(o: AnalysedOpinion): string | null {
  return o.receivedAt ? shanghaiDate(o.receivedAt).slice(0, 7) : null;
}

export function yearOf(o: AnalysedOpinion): number | null {
  return o.receivedAt ? Number(shanghaiDate(o.receivedAt).slice(0, 4)) : null;
}

/** Count desc, then name, by code point so every machine sorts ties alike. */
function byCountThenName(a: { count: number; name: string }, b: { count: number; name: string }): number {
  return b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function tally<K>(records: readonly AnalysedOpinion[], keyOf: (o: AnalysedOpinion) => K | null): Map<K, { count: number; resolved: number }> {
  const counts = new Map<K, { count: number; resolved: number }>();
  for (const o of records) {
    const key = keyOf(o);
    if (key === null) continue;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { count: 0, resolved: 0 }));
    c.count += 1;
    if (o.resolved === true) c.resolved += 1;
  }
  return counts;
}

function buckets(records: readonly AnalysedOpinion[], keyOf: (o: AnalysedOpinion) => string): CountBucket[] {
  return [...tally(records, keyOf)].map(([name, c]) => ({ name, ...c })).sort(byCountThenName);
}

export function countByCategory(records: readonly AnalysedOpinion[]): CountBucket[] {
  return buckets(records, categoryOf);
}

export function countByCommunity(records: readonly AnalysedOpinion[]): CountBucket[] {
  return buckets(records, communityOf);
}

export function countByChannel(records: readonly AnalysedOpinion[]): ChannelBucket[] {
  return [...tally(records, (o) => o.channel)]
    .map(([channel, c]) => ({ channel, name: CHANNEL_LABELS[channel], ...c }))
    .sort(byCountThenName);
}

/** Chronological: a month series reads left to right. */
export function countByMonth(records: readonly AnalysedOpinion[]): MonthBucket[] {
  return [...tally(records, monthOf)]
    .map(([month, c]) => ({ month, ...c }))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}

export function countByYear(records: readonly AnalysedOpinion[]): YearBucket[] {
  const years = new Map<number, AnalysedOpinion[]>();
  for (const o of records) {
    const y = yearOf(o);
    if (y === null) continue;
    const list = years.get(y);
    if (list) list.push(o);
    else years.set(y, [o]);
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, rows]) => ({
      year,
      count: rows.length,
      resolved: rows.filter((o) => o.resolved === true).length,
      byCategory: countByCategory(rows),
    }));
}

/** The n largest named categories and their combined share of all rows ("环境、电梯、物业占 68%"). */
export function topCategories(byCategory: readonly CountBucket[], total: number, n = 3): TopShare {
  const top = byCategory.filter((b) => b.name !== UNSPECIFIED).slice(0, n);
  const count = top.reduce((sum, b) => sum + b.count, 0);
  return { names: top.map((b) => b.name), count, share: fraction(count, total) };
}

export function formatTopShare(top: TopShare): string {
  return top.names.length === 0 ? '—' : `${top.names.join('、')}占 ${formatRate(top.share)}`;
}

export function summarizeSatisfaction(records: readonly AnalysedOpinion[]): SatisfactionSummary {
  const counts = { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0, unrated: 0 };
  for (const o of records) counts[o.satisfaction] += 1;
  const total = records.length;
  const rated = total - counts.unrated;
  const content = counts.satisfied + counts.basicallySatisfied;
  return {
    counts,
    satisfiedRateOfRated: fraction(content, rated),
    satisfiedRateOfAll: fraction(content, total),
    shares: SATISFACTION_LEVELS.map((level) => ({
      level,
      ofRated: level === 'unrated' ? null : fraction(counts[level], rated),
      ofAll: fraction(counts[level], total),
    })),
  };
}

/**
 * Every figure of the 准备 stage. The resolution rate is resolved over all rows: a row whose sheet says
 * nothing is not shown as resolved (109 requests, 102 resolved → 102/109).
 */
export function summarizeOpinions(records: readonly AnalysedOpinion[], topN = 3): OpinionSummary {
  let resolved = 0;
  let unresolved = 0;
  let undated = 0;
  for (const o of records) {
    if (o.resolved === true) resolved += 1;
    else if (o.resolved === false) unresolved += 1;
    if (!o.receivedAt) undated += 1;
  }
  const total = records.length;
  const byCategory = countByCategory(records);
  return {
    total,
    resolved,
    unresolved,
    resolutionUnknown: total - resolved - unresolved,
    resolutionRate: fraction(resolved, total),
    byCategory,
    byChannel: countByChannel(records),
    byCommunity: countByCommunity(records),
    byMonth: countByMonth(records),
    byYear: countByYear(records),
    undated,
    topCategories: topCategories(byCategory, total, topN),
    satisfaction: summarizeSatisfaction(records),
  };
}

/** Does this row count towards the figure? The single definition both the figures and the drill-down use. */
export function belongsToFigure(o: AnalysedOpinion, figure: OpinionFigure): boolean {
  switch (figure.kind) {
    case 'all':
      return true;
    case 'category':
      return categoryOf(o) === figure.name;
    case 'channel':
      return o.channel === figure.channel;
    case 'community':
      return communityOf(o) === figure.name;
    case 'month':
      return monthOf(o) === figure.month;
    case 'year':
      return yearOf(o) === figure.year && (figure.category === undefined || categoryOf(o) === figure.category);
    case 'resolved':
      return o.resolved === figure.resolved;
    case 'satisfaction':
      return o.satisfaction === figure.level;
    case 'undated':
      return !o.receivedAt;
  }
}

/** The rows behind a figure, in their original order. */
export function rowsBehind<T extends AnalysedOpinion>(records: readonly T[], figure: OpinionFigure): T[] {
  return records.filter((o) => belongsToFigure(o, figure));
}

/** The ids of the stored opinions behind a figure. */
export function idsBehind(records: readonly (AnalysedOpinion & { id: string })[], figure: OpinionFigure): string[] {
  return rowsBehind(records, figure).map((o) => o.id);
}

function monthDayOf(o: AnalysedOpinion): string | null {
  return o.receivedAt ? shanghaiDate(o.receivedAt).slice(5, 10) : null;
}

function compareRow(name: string, previous: number, current: number): YearOnYearRow {
  return { name, previous, current, change: previous === 0 ? null : fraction(current - previous, previous) };
}

/**
 * The same stretch of two consecutive years (1 Jan through `through`, by default the last day with
 * data in `year`), per category: e.g. 停车管理 261 → 138. Null when there is no dated row.
 */
export function yearOnYear(
  records: readonly AnalysedOpinion[],
  options: { year?: number; through?: string } = {},
): YearOnYear | null {
  let year = options.year;
  if (year === undefined) {
    for (const o of records) {
      const y = yearOf(o);
      if (y !== null && (year === undefined || y > year)) year = y;
    }
  }
  if (year === undefined) return null;
  let through = options.through;
  if (through === undefined) {
    for (const o of records) {
      if (yearOf(o) !== year) continue;
      const md = monthDayOf(o);
      if (md !== null && (through === undefined || md > through)) through = md;
    }
  }
  through ??= '12-31';
  const previousYear = year - 1;
  const counts = new Map<string, { previous: number; current: number }>();
  let previousTotal = 0;
  let currentTotal = 0;
  for (const o of records) {
    const y = yearOf(o);
    if (y !== year && y !== previousYear) continue;
    const md = monthDayOf(o);
    if (md === null || md > through) continue;
    const name = categoryOf(o);
    let c = counts.get(name);
    if (!c) counts.set(name, (c = { previous: 0, current: 0 }));
    if (y === year) {
      c.current += 1;
      currentTotal += 1;
    } else {
      c.previous += 1;
      previousTotal += 1;
    }
  }
  const byCategory = [...counts]
    .map(([name, c]) => compareRow(name, c.previous, c.current))
    .sort((a, b) => b.previous - a.previous || b.current - a.current || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    year,
    previousYear,
    from: '01-01',
    through,
    total: compareRow('合计', previousTotal, currentTotal),
    byCategory,
  };
}

/** A channel's display name, for callers that hold only the enum. */
export function channelName(channel: OpinionChannel): string {
  return CHANNEL_LABELS[channel];
}
