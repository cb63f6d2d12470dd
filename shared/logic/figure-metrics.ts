import {
  MIN_RATE_DENOMINATOR,
  type DenominatorNoun,
  type FigureMetric,
  type FigureValue,
  type Fraction,
  type MonthRange,
  type OpinionFigure,
  type OpinionGroup,
  type OpinionSummary,
  type YearOnYear,
} from '../domain';

/** What a figure computed from the data is: its value, what it counts, when, and the rows behind it. */
export interface ComputedFigure {
  value: FigureValue;
  noun: Exclude<DenominatorNoun, 'text'>;
  period: MonthRange | null;
  trace: OpinionFigure | null;
}

export interface FigureData {
  summary: OpinionSummary | null;
  yearOnYear: YearOnYear | null;
  groups: readonly OpinionGroup[];
}

const MISSING: FigureValue = { kind: 'missing' };

/**
 * A rate as the hall may see it: a percentage only over enough cases, the count below that, and "—"
 * where the sheet had no such column (null) or no row to count: never a 0%.
 */
export function rateValue(rate: Fraction | null): FigureValue {
  if (rate === null || rate.den <= 0) return MISSING;
  return { kind: rate.den >= MIN_RATE_DENOMINATOR ? 'rate' : 'smallRate', num: rate.num, den: rate.den };
}

/** The months the work orders cover: the first and last month with any, Beijing time. */
export function summaryPeriod(summary: OpinionSummary | null): MonthRange | null {
  const months = (summary?.byMonth ?? []).filter((m) => m.count > 0).map((m) => m.month);
  if (months.length === 0) return null;
  return { from: months[0]!, through: months[months.length - 1]! };
}

/** This year's part of the compared stretch: 2025-01 through 2025-06 for 01-01..06-30 of 2025. */
export function yearOnYearPeriod(yoy: YearOnYear): MonthRange {
  return { from: `${yoy.year}-${yoy.from.slice(0, 2)}`, through: `${yoy.year}-${yoy.through.slice(0, 2)}` };
}

const RATES = {
  resolutionRate: {
    of: (s: OpinionSummary) => s.resolutionRate,
    trace: { kind: 'resolved', resolved: true },
  },
  closedRate: { of: (s: OpinionSummary) => s.closedRate, trace: { kind: 'closed', closed: true } },
  responseRate: { of: (s: OpinionSummary) => s.responseRate, trace: { kind: 'responded', responded: true } },
  satisfiedRate: {
    of: (s: OpinionSummary) => s.satisfaction?.satisfiedRateOfRated ?? null,
    trace: { kind: 'satisfied' },
  },
} as const satisfies Record<string, { of: (s: OpinionSummary) => Fraction | null; trace: OpinionFigure }>;

type RateMetric = keyof typeof RATES;

export function isRateMetric(metric: FigureMetric): metric is RateMetric {
  return metric in RATES;
}

function rateFigure(metric: RateMetric, summary: OpinionSummary | null): ComputedFigure {
  const rate = summary ? RATES[metric].of(summary) : null;
  const value = rateValue(rate);
  return {
    value,
    noun: metric === 'satisfiedRate' ? 'ratedWorkOrders' : 'workOrders',
    period: summaryPeriod(summary),
    trace: RATES[metric].trace,
  };
}

function totalFigure(summary: OpinionSummary | null): ComputedFigure {
  const value: FigureValue = summary && summary.total > 0 ? { kind: 'count', value: summary.total } : MISSING;
  return { value, noun: 'workOrders', period: summaryPeriod(summary), trace: { kind: 'all' } };
}

function topShareFigure(summary: OpinionSummary | null): ComputedFigure {
  const top = summary?.topCategories ?? null;
  const value = top && top.names.length > 0 ? rateValue(top.share) : MISSING;
  return {
    value,
    noun: 'workOrders',
    period: summaryPeriod(summary),
    trace: { kind: 'categories', names: top?.names ?? [] },
  };
}

/** A category that has no row counts 0: the sheet was read and held none of it. */
function categoryFigure(summary: OpinionSummary | null, category: string | null): ComputedFigure {
  const count = summary?.byCategory.find((b) => b.name === category)?.count ?? 0;
  return {
    value: summary && summary.total > 0 ? { kind: 'count', value: count } : MISSING,
    noun: 'workOrders',
    period: summaryPeriod(summary),
    trace: { kind: 'category', name: category },
  };
}

/** One category (null: all of them) this year against the same stretch last year. */
function yearOnYearFigure(yoy: YearOnYear | null, category: string | null): ComputedFigure {
  if (!yoy) return { value: MISSING, noun: 'workOrders', period: null, trace: null };
  const row = category === null ? yoy.total : yoy.byCategory.find((r) => r.name === category);
  const value: FigureValue = row
    ? { kind: 'change', previous: row.previous, current: row.current }
    : { kind: 'change', previous: 0, current: 0 };
  const trace: OpinionFigure =
    category === null ? { kind: 'year', year: yoy.year } : { kind: 'year', year: yoy.year, category };
  return { value, noun: 'workOrders', period: yearOnYearPeriod(yoy), trace };
}

/** How many groups of a kind; none at all is "—" (nothing was grouped yet), not 0. */
function groupFigure(groups: readonly OpinionGroup[], kind: OpinionGroup['kind']): ComputedFigure {
  const count = groups.filter((g) => g.kind === kind).length;
  return {
    value: count > 0 ? { kind: 'count', value: count } : MISSING,
    noun: kind === 'item' ? 'items' : 'tasks',
    period: null,
    trace: null,
  };
}

/** Every figure the data can give, by its metric; one with no data has no rows behind it either. */
export function computeFigure(
  metric: FigureMetric,
  category: string | null,
  data: FigureData,
): ComputedFigure {
  const figure = figureOf(metric, category, data);
  return figure.value.kind === 'missing' ? { ...figure, trace: null } : figure;
}

function figureOf(metric: FigureMetric, category: string | null, data: FigureData): ComputedFigure {
  if (isRateMetric(metric)) return rateFigure(metric, data.summary);
  switch (metric) {
    case 'total':
      return totalFigure(data.summary);
    case 'topCategoriesShare':
      return topShareFigure(data.summary);
    case 'categoryCount':
      return categoryFigure(data.summary, category);
    case 'yearOnYear':
      return yearOnYearFigure(data.yearOnYear, category);
    case 'itemCount':
      return groupFigure(data.groups, 'item');
    case 'taskCount':
      return groupFigure(data.groups, 'task');
  }
}
