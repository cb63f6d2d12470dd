import {
  MAX_CARD_ROWS,
  type Card,
  type CardOf,
  type ChartSeriesSource,
  type ChartType,
  type FigureMetric,
  type Language,
} from '../domain';

/**
 * Whole cards with every default filled in, for the draft and the templates: a Card is the parsed
 * schema's output, so nothing may be left for zod to fill later.
 */

type NewId = () => string;
type Extra<K extends Card['kind']> = Partial<Omit<CardOf<K>, 'id' | 'kind'>>;

const base = (newId: NewId, title: string) => ({ id: newId(), title, hidden: false, notes: '' });

export function coverCard(newId: NewId, title: string, extra: Extra<'cover'> = {}): CardOf<'cover'> {
  return { ...base(newId, title), kind: 'cover', subtitle: '', dateText: '', ...extra };
}

export function welcomeCard(newId: NewId, title: string, extra: Extra<'welcome'> = {}): CardOf<'welcome'> {
  return {
    ...base(newId, title),
    kind: 'welcome',
    timeText: '',
    agenda: [],
    wifi: '',
    showJoinQr: true,
    ...extra,
  };
}

export function agendaCard(
  newId: NewId,
  title: string,
  plannedMinutes: number | null = null,
): CardOf<'agenda'> {
  return { ...base(newId, title), kind: 'agenda', plannedMinutes };
}

export function dataFigureCard(
  newId: NewId,
  label: string,
  metric: FigureMetric,
  extra: Extra<'figure'> & { category?: string | null } = {},
): CardOf<'figure'> {
  const { category = null, ...rest } = extra;
  return {
    ...base(newId, label),
    kind: 'figure',
    label,
    figure: { source: 'data', metric, category },
    comparison: { kind: 'none', value: null, label: '' },
    sourceNote: '',
    ...rest,
  };
}

/** A figure the operator types: "—" until then, and always marked as typed by hand. */
export function manualFigureCard(
  newId: NewId,
  label: string,
  typed: { unit?: string; denominator?: string; period?: string } = {},
  extra: Extra<'figure'> = {},
): CardOf<'figure'> {
  return {
    ...base(newId, label),
    kind: 'figure',
    label,
    figure: {
      source: 'manual',
      value: null,
      unit: typed.unit ?? '',
      denominator: typed.denominator ?? '',
      period: typed.period ?? '',
    },
    comparison: { kind: 'none', value: null, label: '' },
    sourceNote: '',
    ...extra,
  };
}

export function dataChartCard(
  newId: NewId,
  title: string,
  series: ChartSeriesSource,
  chartType: ChartType = 'bar',
  limit: number = MAX_CARD_ROWS,
): CardOf<'chart'> {
  return { ...base(newId, title), kind: 'chart', chartType, data: { source: 'data', series, limit } };
}

/** A small table for the operator to type or paste; one column to start with. */
export function tableChartCard(newId: NewId, title: string, column: string, unit = ''): CardOf<'chart'> {
  return {
    ...base(newId, title),
    kind: 'chart',
    chartType: 'bar',
    data: { source: 'table', columns: [column], rows: [], unit, denominator: '', period: '' },
  };
}

export function caseCard(newId: NewId, title: string): CardOf<'case'> {
  return {
    ...base(newId, title),
    kind: 'case',
    body: '',
    before: { mediaId: null, caption: '' },
    after: { mediaId: null, caption: '' },
  };
}

export function shortcomingCard(
  newId: NewId,
  title: string,
  extra: Extra<'shortcoming'> = {},
): CardOf<'shortcoming'> {
  return {
    ...base(newId, title),
    kind: 'shortcoming',
    problem: '',
    cause: '',
    measure: '',
    departmentId: null,
    deadline: null,
    groupId: null,
    ...extra,
  };
}

export function promisesCard(newId: NewId, title: string): CardOf<'promises'> {
  return { ...base(newId, title), kind: 'promises', previousMeetingId: null };
}

export function listCard(newId: NewId, title: string, items: CardOf<'list'>['items'] = []): CardOf<'list'> {
  return { ...base(newId, title), kind: 'list', items };
}

export function closingCard(newId: NewId, title: string, extra: Extra<'closing'> = {}): CardOf<'closing'> {
  return { ...base(newId, title), kind: 'closing', contact: '', nextMeeting: '', qrText: '', ...extra };
}

/** Cards of at most MAX_CARD_ROWS items each, "(1/2)" after the title when there are several. */
export function splitListCards(
  newId: NewId,
  title: string,
  items: CardOf<'list'>['items'],
  language: Language,
): CardOf<'list'>[] {
  const pages = Math.ceil(items.length / MAX_CARD_ROWS);
  const numbered = (i: number) =>
    language === 'zh-CN' ? `${title}（${i + 1}/${pages}）` : `${title} (${i + 1}/${pages})`;
  return Array.from({ length: pages }, (_, i) =>
    listCard(newId, pages > 1 ? numbered(i) : title, items.slice(i * MAX_CARD_ROWS, (i + 1) * MAX_CARD_ROWS)),
  );
}
