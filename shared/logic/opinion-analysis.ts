import type { Opinion, RateColumn, Satisfaction } from '../domain/opinion';
import {
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
import { fraction } from './fraction';
import type { HasColumn } from './rate-columns';
import { formatShanghai } from './shanghai-time';

/** What the figures need from an opinion; stored opinions and freshly imported rows both fit. */
export type AnalysedOpinion = Pick<
  Opinion,
  | 'channel'
  | 'category'
  | 'communityName'
  | 'receivedAt'
  | 'resolved'
  | 'closed'
  | 'responded'
  | 'satisfaction'
> & { readonly importId?: string | null };

const SATISFACTION_LEVELS: readonly Satisfaction[] = [
  'satisfied',
  'basicallySatisfied',
  'dissatisfied',
  'unrated',
];

/** The category, or null when its cell was blank: never a word, so a real category 未填写 stays apart. */
export function categoryOf(o: AnalysedOpinion): string | null {
  return o.category.trim() || null;
}

export function communityOf(o: AnalysedOpinion): string | null {
  return o.communityName.trim() || null;
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

/** By code point so every machine sorts alike; blanks (null) after every name. */
function compareNames(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Count desc, then name. */
function byCountThenName(
  a: { count: number; name: string | null },
  b: { count: number; name: string | null },
): number {
  return b.count - a.count || compareNames(a.name, b.name);
}

const SKIP = Symbol('skip');

function tally<K>(
  records: readonly AnalysedOpinion[],
  keyOf: (o: AnalysedOpinion) => K | typeof SKIP,
): Map<K, { count: number; resolved: number }> {
  const counts = new Map<K, { count: number; resolved: number }>();
  for (const o of records) {
    const key = keyOf(o);
    if (key === SKIP) continue;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { count: 0, resolved: 0 }));
    c.count += 1;
    if (o.resolved === true) c.resolved += 1;
  }
  return counts;
}

function buckets(
  records: readonly AnalysedOpinion[],
  keyOf: (o: AnalysedOpinion) => string | null,
): CountBucket[] {
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
    .map(([channel, c]) => ({ channel, ...c }))
    .sort((a, b) => b.count - a.count || compareNames(a.channel, b.channel));
}

/** Chronological: a month series reads left to right. */
export function countByMonth(records: readonly AnalysedOpinion[]): MonthBucket[] {
  return [...tally(records, (o) => monthOf(o) ?? SKIP)]
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
  const top = byCategory.filter((b): b is CountBucket & { name: string } => b.name !== null).slice(0, n);
  const count = top.reduce((sum, b) => sum + b.count, 0);
  return { names: top.map((b) => b.name), count, share: fraction(count, total) };
}

/**
 * 满意率 is (满意 + 基本满意) over the rows rated, among rows with a satisfaction column; the share of
 * all those rows, unrated included, is given beside it. Null without such a column.
 */
export function summarizeSatisfaction(
  records: readonly AnalysedOpinion[],
  has: HasColumn,
): SatisfactionSummary | null {
  const counts = { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0, unrated: 0 };
  let total = 0;
  for (const o of records) {
    if (!has(o, 'satisfaction')) continue;
    counts[o.satisfaction] += 1;
    total += 1;
  }
  if (total === 0) return null;
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

interface YesNo {
  yes: number;
  no: number;
  unknown: number;
  rate: OpinionSummary['resolutionRate'];
}

/** One yes/no column's counts over the rows that have it; null when none has. */
function yesNo(
  records: readonly AnalysedOpinion[],
  has: HasColumn,
  column: 'resolved' | 'closed' | 'responded',
): YesNo | null {
  let yes = 0;
  let no = 0;
  let unknown = 0;
  for (const o of records) {
    if (!has(o, column)) continue;
    const value = o[column];
    if (value === true) yes += 1;
    else if (value === false) no += 1;
    else unknown += 1;
  }
  const rows = yes + no + unknown;
  return rows === 0 ? null : { yes, no, unknown, rate: fraction(yes, rows) };
}

/**
 * Every figure of the 准备 stage. `has` tells which columns each row's source had: each rate is over
 * the rows with its column, and null without one (see OpinionSummary).
 */
export function summarizeOpinions(
  records: readonly AnalysedOpinion[],
  has: HasColumn,
  topN = 3,
): OpinionSummary {
  let undated = 0;
  let closedNotResolved = 0;
  let bothColumns = 0;
  for (const o of records) {
    if (!o.receivedAt) undated += 1;
    if (has(o, 'closed') && has(o, 'resolved')) {
      bothColumns += 1;
      if (o.closed === true && o.resolved === false) closedNotResolved += 1;
    }
  }
  const resolution = yesNo(records, has, 'resolved');
  const handling = yesNo(records, has, 'closed');
  const response = yesNo(records, has, 'responded');
  const total = records.length;
  const byCategory = countByCategory(records);
  return {
    total,
    resolved: resolution?.yes ?? null,
    unresolved: resolution?.no ?? null,
    resolutionUnknown: resolution?.unknown ?? null,
    resolutionRate: resolution?.rate ?? null,
    closed: handling?.yes ?? null,
    notClosed: handling?.no ?? null,
    closedUnknown: handling?.unknown ?? null,
    closedRate: handling?.rate ?? null,
    closedNotResolved: bothColumns > 0 ? closedNotResolved : null,
    responded: response?.yes ?? null,
    notResponded: response?.no ?? null,
    responseUnknown: response?.unknown ?? null,
    responseRate: response?.rate ?? null,
    byCategory,
    byChannel: countByChannel(records),
    byCommunity: countByCommunity(records),
    byMonth: countByMonth(records),
    byYear: countByYear(records),
    undated,
    topCategories: topCategories(byCategory, total, topN),
    satisfaction: summarizeSatisfaction(records, has),
  };
}

/** Does this row count towards the figure? The single definition both the figures and the drill-down use. */
export function belongsToFigure(o: AnalysedOpinion, figure: OpinionFigure, has: HasColumn): boolean {
  const column = figureColumn(figure);
  if (column && !has(o, column)) return false;
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
      return (
        yearOf(o) === figure.year && (figure.category === undefined || categoryOf(o) === figure.category)
      );
    case 'resolved':
      return o.resolved === figure.resolved;
    case 'closed':
      return o.closed === figure.closed;
    case 'closedNotResolved':
      return has(o, 'resolved') && o.closed === true && o.resolved === false;
    case 'responded':
      return o.responded === figure.responded;
    case 'satisfaction':
      return o.satisfaction === figure.level;
    case 'satisfied':
      return o.satisfaction === 'satisfied' || o.satisfaction === 'basicallySatisfied';
    case 'categories': {
      const name = categoryOf(o);
      return name !== null && figure.names.includes(name);
    }
    case 'undated':
      return !o.receivedAt;
  }
}

/** The column a figure is counted from, if it is one of a rate's. */
function figureColumn(figure: OpinionFigure): RateColumn | null {
  switch (figure.kind) {
    case 'resolved':
    case 'closed':
    case 'responded':
    case 'satisfaction':
      return figure.kind;
    case 'satisfied':
      return 'satisfaction';
    case 'closedNotResolved':
      return 'closed';
    default:
      return null;
  }
}

/** The rows behind a figure, in their original order. */
export function rowsBehind<T extends AnalysedOpinion>(
  records: readonly T[],
  figure: OpinionFigure,
  has: HasColumn,
): T[] {
  return records.filter((o) => belongsToFigure(o, figure, has));
}

/** The ids of the stored opinions behind a figure. */
export function idsBehind(
  records: readonly (AnalysedOpinion & { id: string })[],
  figure: OpinionFigure,
  has: HasColumn,
): string[] {
  return rowsBehind(records, figure, has).map((o) => o.id);
}

function monthDayOf(o: AnalysedOpinion): string | null {
  return o.receivedAt ? shanghaiDate(o.receivedAt).slice(5, 10) : null;
}

function compareRow(name: string | null, previous: number, current: number): YearOnYearRow {
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
  const counts = new Map<string | null, { previous: number; current: number }>();
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
    .sort((a, b) => b.previous - a.previous || b.current - a.current || compareNames(a.name, b.name));
  const { name: _all, ...total } = compareRow(null, previousTotal, currentTotal);
  return {
    year,
    previousYear,
    from: '01-01',
    through,
    total,
    byCategory,
  };
}
