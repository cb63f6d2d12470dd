/**
 * Asks the question list to select a question (a close blocker clicked). A DOM event, not a shared
 * store, so the wrap-up panels need nothing from the list's code: whoever owns the list listens.
 */
export const SELECT_QUESTION_EVENT = 'rbd:select-question';

export interface SelectQuestionDetail {
  questionId: string;
}

export function requestQuestionSelection(questionId: string): void {
  window.dispatchEvent(
    new CustomEvent<SelectQuestionDetail>(SELECT_QUESTION_EVENT, { detail: { questionId } }),
  );
}
