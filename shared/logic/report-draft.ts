import type { Card, Language, ListType, Meeting, Office, OpinionGroup, RateColumn } from '../domain';
import type { Fraction, OpinionSummary, YearOnYear } from '../domain/opinion-summary';
import {
  agendaCard,
  closingCard,
  coverCard,
  dataChartCard,
  dataFigureCard,
  manualFigureCard,
  promisesCard,
  shortcomingCard,
  splitListCards,
} from './card-factory';
import { draftWords, type DraftWords } from './report-draft-words';
import { formatShanghai } from './shanghai-time';

export interface DraftInput {
  meeting: Meeting;
  office: Office;
  summary: OpinionSummary | null;
  yearOnYear: YearOnYear | null;
  groups: readonly OpinionGroup[];
  /** Whether an earlier meeting exists for a "last time we promised" card. */
  hasPrevious: boolean;
  language: Language;
  /**
   * The 重大事项 with an opinion not shown resolved (resolved false or not stated), computed by the
   * services from the opinions. Each gets a shortcoming card; absent, the draft has one blank one.
   */
  unresolvedGroupIds?: readonly string[];
}

type NewId = () => string;

interface Context {
  input: DraftInput;
  words: DraftWords;
  newId: NewId;
}

const RATE_DRAFTS = [
  { metric: 'resolutionRate', column: 'resolved', of: (s: OpinionSummary) => s.resolutionRate },
  { metric: 'closedRate', column: 'closed', of: (s: OpinionSummary) => s.closedRate },
  { metric: 'responseRate', column: 'responded', of: (s: OpinionSummary) => s.responseRate },
  {
    metric: 'satisfiedRate',
    column: 'satisfaction',
    of: (s: OpinionSummary) => s.satisfaction?.satisfiedRateOfRated ?? null,
  },
] as const satisfies ReadonlyArray<{
  metric: keyof DraftWords['rates'];
  column: RateColumn;
  of: (s: OpinionSummary) => Fraction | null;
}>;

type RateDraft = (typeof RATE_DRAFTS)[number];

/** Why a rate gets no card, or null when it has one: no such column, or a column with nothing counted. */
function rateOmission(rate: RateDraft, summary: OpinionSummary, words: DraftWords): string | null {
  const fraction = rate.of(summary);
  if (fraction === null) return words.missingRate(rate.column, words.rates[rate.metric]);
  if (fraction.den === 0) return words.nothingRated(words.rates[rate.metric]);
  return null;
}

const LIST_ORDER: readonly ListType[] = ['immediate', 'deadline', 'ongoing'];

function hasData(input: DraftInput): boolean {
  return (input.summary?.total ?? 0) > 0 || input.groups.length > 0;
}

function coverOf({ input, words, newId }: Context): Card {
  return coverCard(newId, input.meeting.title, {
    subtitle: input.office.profile.name,
    dateText: formatShanghai(input.meeting.startsAt, words.dateFormat),
  });
}

function yearOnYearUsable(input: DraftInput): boolean {
  return input.yearOnYear !== null && input.yearOnYear.total.previous > 0;
}

/** What the draft left out and why, for the operator's notes on the total card. */
function omissions({ input, words }: Context, summary: OpinionSummary): string {
  const missing = RATE_DRAFTS.map((r) => rateOmission(r, summary, words)).filter((m) => m !== null);
  if (!yearOnYearUsable(input)) missing.push(words.noYearOnYear);
  return missing.join(input.language === 'zh-CN' ? '；' : '; ');
}

/** The total, the rates the sheet has columns for, and the top categories' share. */
function figureCards(ctx: Context, summary: OpinionSummary): Card[] {
  const { words, newId } = ctx;
  const sourceNote = words.sourceNote;
  const cards: Card[] = [
    dataFigureCard(newId, words.total, 'total', { sourceNote, notes: omissions(ctx, summary) }),
  ];
  for (const rate of RATE_DRAFTS) {
    if (rateOmission(rate, summary, words) === null) {
      cards.push(dataFigureCard(newId, words.rates[rate.metric], rate.metric, { sourceNote }));
    }
  }
  if (summary.topCategories.names.length > 0) {
    const label = words.topShare(summary.topCategories.names);
    cards.push(dataFigureCard(newId, label, 'topCategoriesShare', { sourceNote }));
  }
  return cards;
}

function chartCards(ctx: Context, summary: OpinionSummary): Card[] {
  const { words, newId } = ctx;
  const cards: Card[] = [];
  if (summary.byCategory.length > 0) cards.push(dataChartCard(newId, words.byCategory, 'byCategory', 'bar'));
  if (summary.byMonth.length > 0) cards.push(dataChartCard(newId, words.byMonth, 'byMonth', 'line'));
  return cards;
}

function yearOnYearCards(ctx: Context): Card[] {
  if (!yearOnYearUsable(ctx.input)) return [];
  const { words, newId } = ctx;
  return [
    dataFigureCard(newId, words.yearOnYearFigure, 'yearOnYear', { sourceNote: words.sourceNote }),
    dataChartCard(newId, words.yearOnYearChart, 'yearOnYear', 'bar'),
  ];
}

/** 重大事项 by list, seven to a card; the 民生任务库 as a chart by term. */
function groupCards(ctx: Context): Card[] {
  const { input, words, newId } = ctx;
  const items = input.groups
    .filter((g) => g.kind === 'item')
    .sort((a, b) => LIST_ORDER.indexOf(a.listType) - LIST_ORDER.indexOf(b.listType))
    .map((g) => ({ text: g.title, listType: g.listType }));
  const cards: Card[] = splitListCards(newId, words.majorItems, items, input.language);
  if (input.groups.some((g) => g.kind === 'task')) {
    cards.push(dataChartCard(newId, words.tasksByTerm, 'tasksByTerm', 'bar'));
  }
  return cards;
}

/** One card per unresolved 重大事项, for the operator to give cause, measure and deadline. */
function shortcomingCards({ input, words, newId }: Context): Card[] {
  const unresolved = new Set(input.unresolvedGroupIds ?? []);
  const cards = input.groups
    .filter((g) => g.kind === 'item' && unresolved.has(g.id))
    .map((g) =>
      shortcomingCard(newId, g.title, {
        problem: g.title,
        departmentId: g.departmentId,
        groupId: g.id,
        notes: words.unresolvedNote,
      }),
    );
  return cards.length > 0
    ? cards
    : [shortcomingCard(newId, words.shortcoming, { notes: words.unresolvedNote })];
}

function closingOf({ input, words, newId }: Context): Card {
  const phone = input.office.profile.phone;
  return closingCard(newId, words.closing, { contact: phone ? words.contact(phone) : '' });
}

function recordCards(ctx: Context): Card[] {
  const summary = ctx.input.summary;
  if (!hasData(ctx.input)) {
    const { words, newId } = ctx;
    return [manualFigureCard(newId, words.placeholderFigure, {}, { notes: words.placeholderNotes })];
  }
  const data = summary && summary.total > 0 ? summary : null;
  return [
    ...(data ? [...figureCards(ctx, data), ...chartCards(ctx, data)] : []),
    ...yearOnYearCards(ctx),
    ...groupCards(ctx),
  ];
}

/**
 * A first draft of the report card from the meeting's data, in the meeting's language. With no data
 * it is a frame to fill in (one figure to type, one shortcoming), never a card of zeros.
 */
export function draftCards(input: DraftInput, newId: NewId): Card[] {
  const ctx: Context = { input, words: draftWords(input.language), newId };
  const { words } = ctx;
  return [
    coverOf(ctx),
    agendaCard(newId, words.partRecord),
    ...recordCards(ctx),
    agendaCard(newId, words.partShortcomings),
    ...shortcomingCards(ctx),
    ...(input.hasPrevious ? [promisesCard(newId, words.promises)] : []),
    closingOf(ctx),
  ];
}
