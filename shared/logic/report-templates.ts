import type { Card, Language, Meeting, Office, ReportTemplate } from '../domain';
import {
  agendaCard,
  caseCard,
  closingCard,
  coverCard,
  listCard,
  manualFigureCard,
  shortcomingCard,
  tableChartCard,
  welcomeCard,
} from './card-factory';
import { draftWords, type DraftWords } from './report-draft-words';
import { formatShanghai } from './shanghai-time';

export interface TemplateInput {
  meeting: Meeting;
  office: Office;
  language: Language;
}

type NewId = () => string;

function frame(input: TemplateInput, words: DraftWords, newId: NewId) {
  const phone = input.office.profile.phone;
  return {
    cover: () =>
      coverCard(newId, input.meeting.title, {
        subtitle: input.office.profile.name,
        dateText: formatShanghai(input.meeting.startsAt, words.dateFormat),
      }),
    closing: () => closingCard(newId, words.closing, { contact: phone ? words.contact(phone) : '' }),
    /** A rate to type: "—" and marked as typed by hand until the operator fills it in. */
    rate: (label: string) => manualFigureCard(newId, label, { unit: '%' }),
  };
}

/** The full running order of a report-back meeting, every card a placeholder to fill in. */
function standardCards(input: TemplateInput, newId: NewId): Card[] {
  const words = draftWords(input.language);
  const f = frame(input, words, newId);
  return [
    f.cover(),
    welcomeCard(newId, input.meeting.title, {
      timeText: formatShanghai(input.meeting.startsAt, words.timeFormat),
      agenda: [words.partRecord, words.partShortcomings, words.partQuestions],
    }),
    agendaCard(newId, words.partRecord),
    f.rate(words.rates.resolutionRate),
    f.rate(words.rates.responseRate),
    f.rate(words.rates.satisfiedRate),
    tableChartCard(newId, words.tableChart, words.tableColumn),
    caseCard(newId, words.caseStudy),
    agendaCard(newId, words.partShortcomings),
    shortcomingCard(newId, words.shortcoming, { notes: words.unresolvedNote }),
    listCard(newId, words.remedyList),
    agendaCard(newId, words.partQuestions),
    f.closing(),
  ];
}

/** A short meeting: one figure, one shortcoming. */
function shortCards(input: TemplateInput, newId: NewId): Card[] {
  const words = draftWords(input.language);
  const f = frame(input, words, newId);
  return [
    f.cover(),
    agendaCard(newId, words.partRecord),
    f.rate(words.rates.resolutionRate),
    agendaCard(newId, words.partShortcomings),
    shortcomingCard(newId, words.shortcoming, { notes: words.unresolvedNote }),
    f.closing(),
  ];
}

/** A built-in report card to start from, in the meeting's language. */
export function templateCards(template: ReportTemplate, input: TemplateInput, newId: NewId): Card[] {
  return template === 'standard' ? standardCards(input, newId) : shortCards(input, newId);
}
