import type { Question, QuestionState } from '../../domain';

export type QuestionOrder = 'arrival' | 'votes' | 'category';

export interface QuestionFilter {
  /** Only these states; empty or absent: all. */
  states?: readonly QuestionState[];
  category?: string | null;
  communityId?: string | null;
  departmentId?: string | null;
  /** Text search in the question, category and (staff only) asker name. */
  query?: string;
  /** Hide questions merged into another (they show under their target). Default true. */
  hideMerged?: boolean;
}

/** The console's list: filtered, then ordered (arrival: oldest first; votes: most first; category: by name). */
export function filterQuestions(
  questions: readonly Question[],
  filter: QuestionFilter,
  order: QuestionOrder,
): Question[] {
  void filter;
  void order;
  return [...questions]; // HELPER(logic): implement
}
