import { z } from 'zod';
import { OpinionChannel, Satisfaction } from './opinion';

/** A rate kept exact: shown rounded, compared and summed as num/den. `value` is null when den is 0. */
export const Fraction = z.object({
  num: z.number().int(),
  den: z.number().int().min(0),
  value: z.number().nullable(),
});
export type Fraction = z.infer<typeof Fraction>;

export const CountBucket = z.object({
  /** The category or community as written; null for rows whose cell was blank (shown as 未填写). */
  name: z.string().nullable(),
  count: z.number().int().min(0),
  resolved: z.number().int().min(0),
});
export type CountBucket = z.infer<typeof CountBucket>;

/** A channel by its key (the renderer names it); null for rows whose source did not say. */
export const ChannelBucket = CountBucket.omit({ name: true }).extend({ channel: OpinionChannel.nullable() });
export type ChannelBucket = z.infer<typeof ChannelBucket>;

export const MonthBucket = z.object({
  /** YYYY-MM in Beijing time. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  count: z.number().int().min(0),
  resolved: z.number().int().min(0),
});
export type MonthBucket = z.infer<typeof MonthBucket>;

export const YearBucket = z.object({
  year: z.number().int(),
  count: z.number().int().min(0),
  resolved: z.number().int().min(0),
  byCategory: z.array(CountBucket),
});
export type YearBucket = z.infer<typeof YearBucket>;

export const SatisfactionCounts = z.object({
  satisfied: z.number().int().min(0),
  basicallySatisfied: z.number().int().min(0),
  dissatisfied: z.number().int().min(0),
  unrated: z.number().int().min(0),
});
export type SatisfactionCounts = z.infer<typeof SatisfactionCounts>;

export const SatisfactionSummary = z.object({
  counts: SatisfactionCounts,
  /** 满意 + 基本满意 over the rated rows (the way 满意率 is usually assessed). */
  satisfiedRateOfRated: Fraction,
  /** 满意 + 基本满意 over every row, unrated included. */
  satisfiedRateOfAll: Fraction,
  /** Each level's share, of rated rows and of all rows. */
  shares: z.array(z.object({ level: Satisfaction, ofRated: Fraction.nullable(), ofAll: Fraction })),
});
export type SatisfactionSummary = z.infer<typeof SatisfactionSummary>;

export const TopShare = z.object({
  names: z.array(z.string()),
  count: z.number().int().min(0),
  share: Fraction,
});
export type TopShare = z.infer<typeof TopShare>;

const Count = z.number().int().min(0);

/**
 * Every rate below is over the rows whose source had its column, and null where no row's did: a sheet
 * without a 满意度 column has no 满意率, not one of 0%. Within the column, a blank cell counts against
 * the rate ("not shown resolved"): 102 resolved of 109 rows with a 解决情况 column → 102/109.
 */
export const OpinionSummary = z.object({
  total: Count,
  /** 是否解决 / 解决情况. */
  resolved: Count.nullable(),
  unresolved: Count.nullable(),
  resolutionUnknown: Count.nullable(),
  /** 解决率: resolved over the rows with a resolved column. */
  resolutionRate: Fraction.nullable(),
  /** 办理状态: 已办结 rows. */
  closed: Count.nullable(),
  notClosed: Count.nullable(),
  closedUnknown: Count.nullable(),
  /** 办结率: closed over the rows with a handling-status column. */
  closedRate: Fraction.nullable(),
  /** 已办结 but 未解决, over the rows that have both columns; null unless some row has both. */
  closedNotResolved: Count.nullable(),
  /** 响应. */
  responded: Count.nullable(),
  notResponded: Count.nullable(),
  responseUnknown: Count.nullable(),
  /** 响应率: responded over the rows with a response column. */
  responseRate: Fraction.nullable(),
  byCategory: z.array(CountBucket),
  byChannel: z.array(ChannelBucket),
  byCommunity: z.array(CountBucket),
  byMonth: z.array(MonthBucket),
  byYear: z.array(YearBucket),
  /** Rows without a received time (they appear in no month or year). */
  undated: z.number().int().min(0),
  topCategories: TopShare,
  /** Null when no row's source had a satisfaction column. */
  satisfaction: SatisfactionSummary.nullable(),
});
export type OpinionSummary = z.infer<typeof OpinionSummary>;

/** A figure on a card, named so the rows behind it can be listed. */
export const OpinionFigure = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('category'), name: z.string().nullable() }),
  z.object({ kind: z.literal('channel'), channel: OpinionChannel.nullable() }),
  z.object({ kind: z.literal('community'), name: z.string().nullable() }),
  z.object({ kind: z.literal('month'), month: z.string().regex(/^\d{4}-\d{2}$/) }),
  z.object({ kind: z.literal('year'), year: z.number().int(), category: z.string().nullable().optional() }),
  z.object({ kind: z.literal('resolved'), resolved: z.boolean().nullable() }),
  z.object({ kind: z.literal('closed'), closed: z.boolean().nullable() }),
  z.object({ kind: z.literal('closedNotResolved') }),
  z.object({ kind: z.literal('responded'), responded: z.boolean().nullable() }),
  z.object({ kind: z.literal('satisfaction'), level: Satisfaction }),
  /** 满意 + 基本满意: the rows behind 满意率. */
  z.object({ kind: z.literal('satisfied') }),
  /** Several categories at once: the rows behind the top categories' share. */
  z.object({ kind: z.literal('categories'), names: z.array(z.string()).max(12) }),
  z.object({ kind: z.literal('undated') }),
]);
export type OpinionFigure = z.infer<typeof OpinionFigure>;

/** One category compared over the same stretch of two years (e.g. 停车管理 261 → 138, −47%). */
export const YearOnYearRow = z.object({
  /** Null for the rows whose category was blank. */
  name: z.string().nullable(),
  previous: z.number().int().min(0),
  current: z.number().int().min(0),
  /** (current − previous) / previous; null when there was nothing the year before. */
  change: Fraction.nullable(),
});
export type YearOnYearRow = z.infer<typeof YearOnYearRow>;

export const YearOnYear = z.object({
  year: z.number().int(),
  previousYear: z.number().int(),
  /** The compared stretch as MM-DD..MM-DD, the same in both years. */
  from: z.string().regex(/^\d{2}-\d{2}$/),
  through: z.string().regex(/^\d{2}-\d{2}$/),
  /** All categories together (the renderer labels it 合计). */
  total: YearOnYearRow.omit({ name: true }),
  byCategory: z.array(YearOnYearRow),
});
export type YearOnYear = z.infer<typeof YearOnYear>;
