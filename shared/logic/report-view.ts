import type {
  Card,
  CardOf,
  CardView,
  CardViewOf,
  Commitment,
  Language,
  Meeting,
  Office,
  OpinionFigure,
  OpinionGroup,
  ReportCardDocument,
  ReportView,
} from '../domain';
import type { OpinionSummary, YearOnYear } from '../domain/opinion-summary';
import { computeChart } from './chart-series';
import { computeFigure } from './figure-metrics';
import { promiseRows } from './promises-view';
import { redactPersonal } from './redact-personal';
import { reportWords } from './report-words';

/** What resolving a report card needs: the meeting, its data, and the previous meeting's promises. */
export interface ReportViewInput {
  meeting: Meeting;
  office: Office;
  report: ReportCardDocument;
  /** Null when the meeting has no opinions at all. */
  summary: OpinionSummary | null;
  yearOnYear: YearOnYear | null;
  groups: readonly OpinionGroup[];
  /** The meeting a promises card looks back to, resolved by the service; null when there is none. */
  previous: { meeting: Meeting; commitments: readonly Commitment[] } | null;
  /** Today in Beijing time (YYYY-MM-DD), to tell an overdue promise. */
  today: string;
  language: Language;
  /** The residents' join address, once phones can join; null until then. */
  joinUrl: string | null;
}

/**
 * Every text a view carries passes through here: typed text may hold a resident's number. The
 * office's own hotline is public and stays as written (the closing card shows it on purpose).
 */
function redactorFor(office: Office): (text: string) => string {
  const keep = [office.profile.phone];
  return (text) => redactPersonal(text, keep);
}

interface Resolver {
  input: ReportViewInput;
  r: (text: string) => string;
  part: number | null;
}

function baseOf(card: Card, { r, part }: Resolver) {
  return { id: card.id, title: r(card.title), hidden: card.hidden, notes: r(card.notes), part };
}

function resolveFigure(card: CardOf<'figure'>, res: Resolver): CardViewOf<'figure'> {
  const { input, r } = res;
  const comparison =
    card.comparison.kind !== 'none' && card.comparison.value !== null
      ? { kind: card.comparison.kind, value: card.comparison.value, label: r(card.comparison.label) }
      : null;
  const common = {
    ...baseOf(card, res),
    kind: 'figure' as const,
    label: r(card.label),
    comparison,
    sourceNote: r(card.sourceNote),
  };
  const figure = card.figure;
  if (figure.source === 'manual') {
    return {
      ...common,
      value: figure.value === null ? { kind: 'missing' } : { kind: 'manual', value: figure.value },
      unit: r(figure.unit),
      noun: 'text',
      denominatorText: r(figure.denominator),
      period: null,
      periodText: r(figure.period),
      manual: true,
      trace: null,
    };
  }
  const computed = computeFigure(figure.metric, figure.category, input);
  const words = reportWords(input.language);
  const counted = computed.value.kind === 'count' || computed.value.kind === 'change';
  return {
    ...common,
    value: computed.value,
    unit: counted ? (computed.noun === 'workOrders' ? words.unitWorkOrders : words.unitGroups) : '',
    noun: computed.noun,
    denominatorText: '',
    period: computed.period,
    periodText: '',
    manual: false,
    trace: computed.trace && redactTrace(computed.trace, r),
  };
}

/**
 * A category name travels in the trace too, and a sheet may hold a number in it: masked like any
 * text, at the cost of that one pathological category's rows not opening from the card.
 */
function redactTrace(trace: OpinionFigure, r: (text: string) => string): OpinionFigure {
  switch (trace.kind) {
    case 'category':
    case 'community':
      return { ...trace, name: trace.name === null ? null : r(trace.name) };
    case 'categories':
      return { ...trace, names: trace.names.map(r) };
    case 'year':
      return trace.category ? { ...trace, category: r(trace.category) } : trace;
    default:
      return trace;
  }
}

function resolveChart(card: CardOf<'chart'>, res: Resolver): CardViewOf<'chart'> {
  const { input, r } = res;
  const base = { ...baseOf(card, res), kind: 'chart' as const, chartType: card.chartType };
  const data = card.data;
  if (data.source === 'table') {
    return {
      ...base,
      labels: data.rows.map((row) => r(row.label)),
      series: data.columns.map((name, i) => ({
        name: r(name),
        values: data.rows.map((row) => row.values[i] ?? null),
      })),
      unit: r(data.unit),
      total: null,
      noun: 'text',
      denominatorText: r(data.denominator),
      period: null,
      periodText: r(data.period),
      empty: data.rows.length === 0,
    };
  }
  const chart = computeChart(data.series, data.limit, input);
  return {
    ...base,
    ...chart,
    labels: chart.labels.map(r),
    series: chart.series.map((s) => ({ name: r(s.name), values: s.values })),
    denominatorText: r(chart.denominatorText),
    periodText: '',
  };
}

function resolvePromises(card: CardOf<'promises'>, res: Resolver): CardViewOf<'promises'> {
  const { input, r } = res;
  const previous = input.previous;
  const rows = previous
    ? promiseRows({
        commitments: previous.commitments,
        office: input.office,
        today: input.today,
        language: input.language,
        redact: r,
      })
    : { items: [], total: 0, done: 0 };
  return {
    ...baseOf(card, res),
    kind: 'promises',
    previous: previous
      ? { id: previous.meeting.id, title: r(previous.meeting.title), startsAt: previous.meeting.startsAt }
      : null,
    ...rows,
  };
}

function resolveShortcoming(card: CardOf<'shortcoming'>, res: Resolver): CardViewOf<'shortcoming'> {
  const { input, r } = res;
  const department = input.office.departments.find((d) => d.id === card.departmentId)?.name ?? '';
  return {
    ...baseOf(card, res),
    kind: 'shortcoming',
    problem: r(card.problem),
    cause: r(card.cause),
    measure: r(card.measure),
    department: r(department),
    deadline: card.deadline,
  };
}

/** One card resolved for display. */
export function resolveCard(card: Card, input: ReportViewInput, part: number | null): CardView {
  const res: Resolver = { input, r: redactorFor(input.office), part };
  const { r } = res;
  switch (card.kind) {
    case 'cover':
      return { ...baseOf(card, res), kind: 'cover', subtitle: r(card.subtitle), dateText: r(card.dateText) };
    case 'welcome':
      return {
        ...baseOf(card, res),
        kind: 'welcome',
        timeText: r(card.timeText),
        venue: r(input.meeting.venue),
        agenda: card.agenda.map(r),
        wifi: r(card.wifi),
        joinUrl: card.showJoinQr ? input.joinUrl : null,
      };
    case 'figure':
      return resolveFigure(card, res);
    case 'chart':
      return resolveChart(card, res);
    case 'case':
      return {
        ...baseOf(card, res),
        kind: 'case',
        body: r(card.body),
        before: { ...card.before, caption: r(card.before.caption) },
        after: { ...card.after, caption: r(card.after.caption) },
      };
    case 'shortcoming':
      return resolveShortcoming(card, res);
    case 'promises':
      return resolvePromises(card, res);
    case 'list':
      return {
        ...baseOf(card, res),
        kind: 'list',
        items: card.items.map((i) => ({ ...i, text: r(i.text) })),
      };
    case 'agenda':
      return { ...baseOf(card, res), kind: 'agenda', plannedMinutes: card.plannedMinutes };
    case 'closing':
      return {
        ...baseOf(card, res),
        kind: 'closing',
        contact: r(card.contact),
        nextMeeting: r(card.nextMeeting),
        qrText: r(card.qrText),
      };
  }
}

/** Every card resolved, hidden ones included (the builder shows them greyed; the projector skips them). */
export function buildReportView(input: ReportViewInput): ReportView {
  const r = redactorFor(input.office);
  let part: number | null = null;
  const cards = input.report.cards.map((card) => {
    if (card.kind === 'agenda' && !card.hidden) part = part === null ? 0 : part + 1;
    return resolveCard(card, input, part);
  });
  return {
    meetingId: input.meeting.id,
    meetingTitle: r(input.meeting.title),
    officeName: r(input.office.profile.name),
    settings: { ...input.report.settings, footerText: r(input.report.settings.footerText) },
    cards,
    revision: input.report.revision,
  };
}
