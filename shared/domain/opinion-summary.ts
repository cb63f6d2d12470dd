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
  name: z.string(),
  count: z.number().int().min(0),
  resolved: z.number().int().min(0),
});
export type CountBucket = z.infer<typeof CountBucket>;

export const ChannelBucket = CountBucket.extend({ channel: OpinionChannel });
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
  shares: z.array(
    z.object({ level: Satisfaction, ofRated: Fraction.nullable(), ofAll: Fraction }),
  ),
});
export type SatisfactionSummary = z.infer<typeof SatisfactionSummary>;

export const TopShare = z.object({
  names: z.array(z.string()),
  count: z.number().int().min(0),
  share: Fraction,
});
export type TopShare = z.infer<typeof TopShare>;

export const OpinionSummary = z.object({
  total: z.number().int().min(0),
  resolved: z.number().int().min(0),
  unresolved: z.number().int().min(0),
  /** Rows whose sheet said nothing about resolution; they count against the rate, as "not shown resolved". */
  resolutionUnknown: z.number().int().min(0),
  resolutionRate: Fraction,
  byCategory: z.array(CountBucket),
  byChannel: z.array(ChannelBucket),
  byCommunity: z.array(CountBucket),
  byMonth: z.array(MonthBucket),
  byYear: z.array(YearBucket),
  /** Rows without a received time (they appear in no month or year). */
  undated: z.number().int().min(0),
  topCategories: TopShare,
  satisfaction: SatisfactionSummary,
});
export type OpinionSummary = z.infer<typeof OpinionSummary>;

/** The label used for rows whose category or community cell was blank. */
export const UNSPECIFIED = '未填写';

/** A figure on a card, named so the rows behind it can be listed. */
export const OpinionFigure = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('category'), name: z.string() }),
  z.object({ kind: z.literal('channel'), channel: OpinionChannel }),
  z.object({ kind: z.literal('community'), name: z.string() }),
  z.object({ kind: z.literal('month'), month: z.string().regex(/^\d{4}-\d{2}$/) }),
  z.object({ kind: z.literal('year'), year: z.number().int(), category: z.string().optional() }),
  z.object({ kind: z.literal('resolved'), resolved: z.boolean().nullable() }),
  z.object({ kind: z.literal('satisfaction'), level: Satisfaction }),
  z.object({ kind: z.literal('undated') }),
]);
export type OpinionFigure = z.infer<typeof OpinionFigure>;

/** One category compared over the same stretch of two years (e.g. 停车管理 261 → 138, −47%). */
export const YearOnYearRow = z.object({
  name: z.string(),
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
  total: YearOnYearRow,
  byCategory: z.array(YearOnYearRow),
});
export type YearOnYear = z.infer<typeof YearOnYear>;
