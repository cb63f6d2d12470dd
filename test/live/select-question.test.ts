import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SELECT_QUESTION_EVENT,
  requestQuestionSelection,
  type SelectQuestionDetail,
} from '../../renderer/screens/live/wrap-up/select-question';

describe('requestQuestionSelection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('dispatches rbd:select-question on the window with the question id', () => {
    const target = new EventTarget();
    vi.stubGlobal('window', target);
    const heard: SelectQuestionDetail[] = [];
    target.addEventListener(SELECT_QUESTION_EVENT, (event) =>
      heard.push((event as CustomEvent<SelectQuestionDetail>).detail),
    );
    requestQuestionSelection('q-42');
    expect(SELECT_QUESTION_EVENT).toBe('rbd:select-question');
    expect(heard).toEqual([{ questionId: 'q-42' }]);
  });
});
