import type {
  Card,
  CardOf,
  CardView,
  CardViewOf,
  Commitment,
  FollowUpItem,
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
import { formatShanghai } from './shanghai-time';
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
  /** With its follow-up items: where each of its promises stands comes from them. */
  previous: {
    meeting: Meeting;
    commitments: readonly Commitment[];
    followUps: readonly FollowUpItem[];
  } | null;
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
  redact: (text: string) => string;
  part: number | null;
}

function baseOf(card: Card, { redact, part }: Resolver) {
  return { id: card.id, title: redact(card.title), hidden: card.hidden, notes: redact(card.notes), part };
}

function resolveFigure(card: CardOf<'figure'>, res: Resolver): CardViewOf<'figure'> {
  const { input, redact } = res;
  const comparison =
    card.comparison.kind !== 'none' && card.comparison.value !== null
      ? { kind: card.comparison.kind, value: card.comparison.value, label: redact(card.comparison.label) }
      : null;
  const common = {
    ...baseOf(card, res),
    kind: 'figure' as const,
    label: redact(card.label),
    comparison,
    sourceNote: redact(card.sourceNote),
  };
  const figure = card.figure;
  if (figure.source === 'manual') {
    return {
      ...common,
      value: figure.value === null ? { kind: 'missing' } : { kind: 'manual', value: figure.value },
      unit: redact(figure.unit),
      noun: 'text',
      denominatorText: redact(figure.denominator),
      period: null,
      periodText: redact(figure.period),
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
    trace: computed.trace && redactTrace(computed.trace, redact),
  };
}

/**
 * A category name travels in the trace too, and a sheet may hold a number in it: masked like any
 * text, at the cost of that one pathological category's rows not opening from the card.
 */
function redactTrace(trace: OpinionFigure, redact: (text: string) => string): OpinionFigure {
  switch (trace.kind) {
    case 'category':
    case 'community':
      return { ...trace, name: trace.name === null ? null : redact(trace.name) };
    case 'categories':
      return { ...trace, names: trace.names.map(redact) };
    case 'year':
      return trace.category ? { ...trace, category: redact(trace.category) } : trace;
    default:
      return trace;
  }
}

function resolveChart(card: CardOf<'chart'>, res: Resolver): CardViewOf<'chart'> {
  const { input, redact } = res;
  const base = { ...baseOf(card, res), kind: 'chart' as const, chartType: card.chartType };
  const data = card.data;
  if (data.source === 'table') {
    return {
      ...base,
      labels: data.rows.map((row) => redact(row.label)),
      series: data.columns.map((name, i) => ({
        name: redact(name),
        values: data.rows.map((row) => row.values[i] ?? null),
      })),
      unit: redact(data.unit),
      total: null,
      noun: 'text',
      denominatorText: redact(data.denominator),
      period: null,
      periodText: redact(data.period),
      empty: data.rows.length === 0,
    };
  }
  const chart = computeChart(data.series, data.limit, input);
  return {
    ...base,
    ...chart,
    labels: chart.labels.map(redact),
    series: chart.series.map((s) => ({ name: redact(s.name), values: s.values })),
    denominatorText: redact(chart.denominatorText),
    periodText: '',
  };
}

function resolvePromises(card: CardOf<'promises'>, res: Resolver): CardViewOf<'promises'> {
  const { input, redact } = res;
  const previous = input.previous;
  const rows = previous
    ? promiseRows({
        commitments: previous.commitments,
        followUps: previous.followUps,
        meetingDate: formatShanghai(previous.meeting.startsAt, 'YYYY-MM-DD'),
        office: input.office,
        today: input.today,
        language: input.language,
        redact,
      })
    : { items: [], total: 0, done: 0, asOf: input.today };
  return {
    ...baseOf(card, res),
    kind: 'promises',
    previous: previous
      ? {
          id: previous.meeting.id,
          title: redact(previous.meeting.title),
          startsAt: previous.meeting.startsAt,
        }
      : null,
    ...rows,
  };
}

function resolveShortcoming(card: CardOf<'shortcoming'>, res: Resolver): CardViewOf<'shortcoming'> {
  const { input, redact } = res;
  const department = input.office.departments.find((d) => d.id === card.departmentId)?.name ?? '';
  return {
    ...baseOf(card, res),
    kind: 'shortcoming',
    problem: redact(card.problem),
    cause: redact(card.cause),
    measure: redact(card.measure),
    department: redact(department),
    deadline: card.deadline,
  };
}

/** One card resolved for display. */
export function resolveCard(card: Card, input: ReportViewInput, part: number | null): CardView {
  const res: Resolver = { input, redact: redactorFor(input.office), part };
  const { redact } = res;
  switch (card.kind) {
    case 'cover':
      return {
        ...baseOf(card, res),
        kind: 'cover',
        subtitle: redact(card.subtitle),
        dateText: redact(card.dateText),
      };
    case 'welcome':
      return {
        ...baseOf(card, res),
        kind: 'welcome',
        timeText: redact(card.timeText),
        venue: redact(input.meeting.venue),
        agenda: card.agenda.map(redact),
        wifi: redact(card.wifi),
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
        body: redact(card.body),
        before: { ...card.before, caption: redact(card.before.caption) },
        after: { ...card.after, caption: redact(card.after.caption) },
      };
    case 'shortcoming':
      return resolveShortcoming(card, res);
    case 'promises':
      return resolvePromises(card, res);
    case 'list':
      return {
        ...baseOf(card, res),
        kind: 'list',
        items: card.items.map((i) => ({ ...i, text: redact(i.text) })),
      };
    case 'agenda':
      return { ...baseOf(card, res), kind: 'agenda', plannedMinutes: card.plannedMinutes };
    case 'closing':
      return {
        ...baseOf(card, res),
        kind: 'closing',
        contact: redact(card.contact),
        nextMeeting: redact(card.nextMeeting),
        qrText: redact(card.qrText),
      };
  }
}

/** Every card resolved, hidden ones included (the builder shows them greyed; the projector skips them). */
export function buildReportView(input: ReportViewInput): ReportView {
  const redact = redactorFor(input.office);
  let part: number | null = null;
  const cards = input.report.cards.map((card) => {
    if (card.kind === 'agenda' && !card.hidden) part = part === null ? 0 : part + 1;
    return resolveCard(card, input, part);
  });
  return {
    meetingId: input.meeting.id,
    meetingTitle: redact(input.meeting.title),
    officeName: redact(input.office.profile.name),
    settings: { ...input.report.settings, footerText: redact(input.report.settings.footerText) },
    cards,
    revision: input.report.revision,
  };
}
