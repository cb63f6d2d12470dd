import type {
  ChartSeriesSource,
  DenominatorNoun,
  GoalTerm,
  Language,
  ListType,
  MonthRange,
  OpinionGroup,
  OpinionSummary,
  YearOnYear,
} from '../domain';
import { summaryPeriod, yearOnYearPeriod } from './figure-metrics';
import { reportWords } from './report-words';

/** A chart resolved from the data: what the card draws and says under it. */
export interface ComputedChart {
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
  unit: string;
  total: number | null;
  noun: DenominatorNoun;
  /** Filled only where the noun cannot say it (groups of two kinds). */
  denominatorText: string;
  period: MonthRange | null;
  empty: boolean;
  yearOnYear?: { previousYear: number; previousTotal: number };
}

export interface ChartInput {
  summary: OpinionSummary | null;
  yearOnYear: YearOnYear | null;
  groups: readonly OpinionGroup[];
  language: Language;
}

interface Bar {
  label: string;
  values: number[];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * At most `limit` bars: the largest `limit − 1` and the rest summed as 其他, so the total still adds
 * up. A bar the data itself calls 其他 joins the summed one rather than standing twice.
 */
export function bucketBars(bars: readonly Bar[], limit: number, otherLabel: string): Bar[] {
  const own = bars.filter((b) => b.label === otherLabel);
  const named = bars.filter((b) => b.label !== otherLabel);
  if (bars.length <= limit) return [...named, ...own];
  const keep = named.slice(0, Math.max(1, limit - 1));
  const rest = [...named.slice(keep.length), ...own];
  if (rest.length === 0) return keep;
  const width = bars[0]!.values.length;
  const values = Array.from({ length: width }, (_, i) => sum(rest.map((b) => b.values[i] ?? 0)));
  return [...keep, { label: otherLabel, values }];
}

function countChart(
  bars: readonly Bar[],
  input: ChartInput,
  limit: number,
): Omit<ComputedChart, 'noun' | 'denominatorText'> {
  const words = reportWords(input.language);
  const shown = bucketBars(bars, limit, words.other);
  const total = input.summary?.total ?? 0;
  return {
    labels: shown.map((b) => b.label),
    series: [{ name: words.workOrders, values: shown.map((b) => b.values[0] ?? 0) }],
    unit: words.unitWorkOrders,
    total,
    period: summaryPeriod(input.summary),
    empty: total === 0 || shown.length === 0,
  };
}

function namedBars(buckets: readonly { name: string | null; count: number }[], notGiven: string): Bar[] {
  return buckets.map((b) => ({ label: b.name ?? notGiven, values: [b.count] }));
}

function channelBars(summary: OpinionSummary, language: Language): Bar[] {
  const words = reportWords(language);
  return summary.byChannel.map((b) => ({
    label: b.channel ? words.channels[b.channel] : words.channelUnknown,
    values: [b.count],
  }));
}

/** Every month from the first to the last, an empty one as 0, so a line does not skip a month. */
export function monthsBetween(from: string, through: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    if (label > through) break;
    months.push(label);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

function monthChart(input: ChartInput): ComputedChart {
  const words = reportWords(input.language);
  const period = summaryPeriod(input.summary);
  const counts = new Map((input.summary?.byMonth ?? []).map((m) => [m.month, m.count]));
  const labels = period ? monthsBetween(period.from, period.through) : [];
  const values = labels.map((m) => counts.get(m) ?? 0);
  return {
    labels,
    series: [{ name: words.workOrders, values }],
    unit: words.unitWorkOrders,
    total: sum(values),
    noun: 'workOrders',
    denominatorText: '',
    period,
    empty: labels.length === 0,
  };
}

function yearOnYearChart(input: ChartInput, limit: number): ComputedChart {
  const words = reportWords(input.language);
  const yoy = input.yearOnYear;
  if (!yoy) return emptyChart('workOrders', words.unitWorkOrders);
  const bars = bucketBars(
    yoy.byCategory.map((r) => ({ label: r.name ?? words.notGiven, values: [r.previous, r.current] })),
    limit,
    words.other,
  );
  return {
    labels: bars.map((b) => b.label),
    series: [
      { name: words.yearName(yoy.previousYear), values: bars.map((b) => b.values[0] ?? 0) },
      { name: words.yearName(yoy.year), values: bars.map((b) => b.values[1] ?? 0) },
    ],
    unit: words.unitWorkOrders,
    total: yoy.total.current,
    noun: 'workOrders',
    denominatorText: '',
    period: yearOnYearPeriod(yoy),
    empty: yoy.total.previous + yoy.total.current === 0,
    yearOnYear: { previousYear: yoy.previousYear, previousTotal: yoy.total.previous },
  };
}

const LIST_TYPES: readonly ListType[] = ['immediate', 'deadline', 'ongoing'];
const TERMS: readonly GoalTerm[] = ['near', 'mid', 'long'];

function groupsByListChart(input: ChartInput): ComputedChart {
  const words = reportWords(input.language);
  const count = (kind: OpinionGroup['kind'], list: ListType) =>
    input.groups.filter((g) => g.kind === kind && g.listType === list).length;
  const items = input.groups.filter((g) => g.kind === 'item').length;
  const tasks = input.groups.length - items;
  return {
    labels: LIST_TYPES.map((l) => words.listTypes[l]),
    series: [
      { name: words.majorItems, values: LIST_TYPES.map((l) => count('item', l)) },
      { name: words.tasks, values: LIST_TYPES.map((l) => count('task', l)) },
    ],
    unit: words.unitGroups,
    total: input.groups.length,
    noun: 'text',
    denominatorText:
      input.language === 'zh-CN'
        ? `重大事项 ${items} 项、民生任务 ${tasks} 项`
        : `${items} major items, ${tasks} tasks`,
    period: null,
    empty: input.groups.length === 0,
  };
}

function tasksByTermChart(input: ChartInput): ComputedChart {
  const words = reportWords(input.language);
  const tasks = input.groups.filter((g) => g.kind === 'task');
  const untermed = tasks.filter((g) => g.term === null).length;
  const labels = TERMS.map((t) => words.terms[t]);
  const values = TERMS.map((t) => tasks.filter((g) => g.term === t).length);
  return {
    labels: untermed > 0 ? [...labels, words.notGiven] : labels,
    series: [{ name: words.tasks, values: untermed > 0 ? [...values, untermed] : values }],
    unit: words.unitGroups,
    total: tasks.length,
    noun: 'tasks',
    denominatorText: '',
    period: null,
    empty: tasks.length === 0,
  };
}

function emptyChart(noun: DenominatorNoun, unit: string): ComputedChart {
  return { labels: [], series: [], unit, total: 0, noun, denominatorText: '', period: null, empty: true };
}

/** A chart's labels and series from the meeting's data, in the meeting's language. */
export function computeChart(source: ChartSeriesSource, limit: number, input: ChartInput): ComputedChart {
  const words = reportWords(input.language);
  const summary = input.summary;
  switch (source) {
    case 'byCategory':
    case 'byCommunity':
    case 'byChannel': {
      if (!summary) return emptyChart('workOrders', words.unitWorkOrders);
      const bars =
        source === 'byChannel'
          ? channelBars(summary, input.language)
          : namedBars(source === 'byCategory' ? summary.byCategory : summary.byCommunity, words.notGiven);
      return { ...countChart(bars, input, limit), noun: 'workOrders', denominatorText: '' };
    }
    case 'byMonth':
      return monthChart(input);
    case 'yearOnYear':
      return yearOnYearChart(input, limit);
    case 'groupsByList':
      return groupsByListChart(input);
    case 'tasksByTerm':
      return tasksByTermChart(input);
  }
}
