import type { ParsedQuestionMove, Question, QuestionState } from '../../domain';

/**
 * The question state machine. No path loses a question: every move goes to a visible state, a
 * merged question can be unmerged, an outcome can be reopened, and each move appends history.
 */

/** Why the question cannot go to `to` from where it is, in Chinese; null when it can. */
export function moveRefusal(question: Question, to: QuestionState): string | null {
  void question;
  void to;
  return null; // HELPER(logic): implement
}

/**
 * The question after the move (revision + 1, history appended). Throws MoveRefused when refused.
 * Does not touch other questions: taking the previous one off screen is the caller's business.
 */
export function applyMove(question: Question, move: ParsedQuestionMove, at: string, by: string): Question {
  void move;
  void at;
  void by;
  return question; // HELPER(logic): implement
}

export class MoveRefused extends Error {
  override name = 'MoveRefused';
}
