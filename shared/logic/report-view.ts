import type {
  Card,
  CardView,
  Commitment,
  Language,
  Meeting,
  Office,
  OpinionGroup,
  ReportCardDocument,
  ReportView,
} from '../domain';
import type { OpinionSummary, YearOnYear } from '../domain/opinion-summary';

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

function baseOf(card: Card, part: number | null) {
  return { id: card.id, title: card.title, hidden: card.hidden, notes: card.notes, part };
}

/** One card resolved for display. */
export function resolveCard(card: Card, input: ReportViewInput, part: number | null): CardView {
  const base = baseOf(card, part);
  switch (card.kind) {
    case 'cover':
      return { ...base, kind: 'cover', subtitle: card.subtitle, dateText: card.dateText };
    case 'welcome':
      return {
        ...base,
        kind: 'welcome',
        timeText: card.timeText,
        venue: input.meeting.venue,
        agenda: card.agenda,
        wifi: card.wifi,
        joinUrl: card.showJoinQr ? input.joinUrl : null,
      };
    case 'figure':
      return {
        ...base,
        kind: 'figure',
        label: card.label,
        value:
          card.figure.source === 'manual' && card.figure.value !== null
            ? { kind: 'manual', value: card.figure.value }
            : { kind: 'missing' },
        unit: card.figure.source === 'manual' ? card.figure.unit : '',
        noun: 'text',
        denominatorText: card.figure.source === 'manual' ? card.figure.denominator : '',
        period: null,
        periodText: card.figure.source === 'manual' ? card.figure.period : '',
        comparison:
          card.comparison.kind !== 'none' && card.comparison.value !== null
            ? { kind: card.comparison.kind, value: card.comparison.value, label: card.comparison.label }
            : null,
        sourceNote: card.sourceNote,
        manual: card.figure.source === 'manual',
        trace: null,
      };
    case 'chart':
      return {
        ...base,
        kind: 'chart',
        chartType: card.chartType,
        labels: card.data.source === 'table' ? card.data.rows.map((r) => r.label) : [],
        series:
          card.data.source === 'table'
            ? card.data.columns.map((name, i) => ({
                name,
                values: card.data.source === 'table' ? card.data.rows.map((r) => r.values[i] ?? null) : [],
              }))
            : [],
        unit: card.data.source === 'table' ? card.data.unit : '',
        total: null,
        noun: 'text',
        denominatorText: card.data.source === 'table' ? card.data.denominator : '',
        period: null,
        periodText: card.data.source === 'table' ? card.data.period : '',
        empty: card.data.source !== 'table' || card.data.rows.length === 0,
      };
    case 'case':
      return { ...base, kind: 'case', body: card.body, before: card.before, after: card.after };
    case 'shortcoming': {
      const department = input.office.departments.find((d) => d.id === card.departmentId)?.name ?? '';
      return {
        ...base,
        kind: 'shortcoming',
        problem: card.problem,
        cause: card.cause,
        measure: card.measure,
        department,
        deadline: card.deadline,
      };
    }
    case 'promises':
      return {
        ...base,
        kind: 'promises',
        previous: input.previous
          ? {
              id: input.previous.meeting.id,
              title: input.previous.meeting.title,
              startsAt: input.previous.meeting.startsAt,
            }
          : null,
        items: [],
        total: input.previous?.commitments.length ?? 0,
        done: 0,
      };
    case 'list':
      return { ...base, kind: 'list', items: card.items };
    case 'agenda':
      return { ...base, kind: 'agenda', plannedMinutes: card.plannedMinutes };
    case 'closing':
      return {
        ...base,
        kind: 'closing',
        contact: card.contact,
        nextMeeting: card.nextMeeting,
        qrText: card.qrText,
      };
  }
}

/** Every card resolved, hidden ones included (the builder shows them greyed; the projector skips them). */
export function buildReportView(input: ReportViewInput): ReportView {
  let part: number | null = null;
  const cards = input.report.cards.map((card) => {
    if (card.kind === 'agenda' && !card.hidden) part = part === null ? 0 : part + 1;
    return resolveCard(card, input, part);
  });
  return {
    meetingId: input.meeting.id,
    meetingTitle: input.meeting.title,
    officeName: input.office.profile.name,
    settings: input.report.settings,
    cards,
    revision: input.report.revision,
  };
}
