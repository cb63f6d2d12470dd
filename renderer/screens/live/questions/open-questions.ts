import { OPEN_QUESTION_STATES, type Question } from '../../../../shared/domain';

/** Questions a new one could be a duplicate of: still open, and not merged away already. */
export function mergeCandidates(questions: readonly Question[], except: string | null = null): Question[] {
  return questions.filter((q) => q.id !== except && OPEN_QUESTION_STATES.includes(q.state));
}

/** Category names already used at this meeting, for the category field's suggestions. */
export function usedCategories(questions: readonly Question[]): string[] {
  return [...new Set(questions.map((q) => q.category).filter((c) => c !== ''))];
}
