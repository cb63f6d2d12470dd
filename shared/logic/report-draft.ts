import type { Card, Language, Meeting, Office, OpinionGroup } from '../domain';
import type { OpinionSummary, YearOnYear } from '../domain/opinion-summary';

export interface DraftInput {
  meeting: Meeting;
  office: Office;
  summary: OpinionSummary | null;
  yearOnYear: YearOnYear | null;
  groups: readonly OpinionGroup[];
  /** Whether an earlier meeting exists for a "last time we promised" card. */
  hasPrevious: boolean;
  language: Language;
}

/**
 * A first draft of the report card from the meeting's data. (Sketch: the full draft, with the rates,
 * top categories, year on year, groups and one shortcoming per unresolved 重大事项, comes next.)
 */
export function draftCards(input: DraftInput, newId: () => string): Card[] {
  return [
    {
      id: newId(),
      kind: 'cover',
      title: input.meeting.title,
      hidden: false,
      notes: '',
      subtitle: input.office.profile.name,
      dateText: '',
    },
  ];
}
