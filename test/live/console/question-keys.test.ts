import { describe, expect, it } from 'vitest';
import { QUESTION_KEYS } from '../../../renderer/screens/live/live-keys';
import { actionRefusal, canReopen } from '../../../renderer/screens/live/questions/action-refusal';
import { moveSelection, questionKeyAction } from '../../../renderer/screens/live/questions/question-keys';
import { makeQuestion } from '../support/make-question';

const press = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean; isComposing: boolean }> = {},
) => questionKeyAction({ key, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe('question keys', () => {
  it('maps every key of the table to its action, either case', () => {
    for (const [action, key] of Object.entries(QUESTION_KEYS)) {
      expect(press(key)).toBe(action);
      expect(press(key.toUpperCase())).toBe(action);
    }
    expect(press('Y')).toBe('approve');
    expect(press('ArrowUp')).toBe('up');
    expect(press('ArrowDown')).toBe('down');
  });

  it('leaves Ctrl, Alt and Meta combinations, IME composition and other keys alone', () => {
    expect(press('s', { ctrlKey: true })).toBeNull();
    expect(press('d', { altKey: true })).toBeNull();
    expect(press('c', { metaKey: true })).toBeNull();
    expect(press('a', { isComposing: true })).toBeNull();
    expect(press('x')).toBeNull();
    expect(press('Enter')).toBeNull();
    expect(press('F5')).toBeNull();
  });
});

describe('moveSelection', () => {
  const ids = ['a', 'b', 'c'];
  it('steps within the list and stops at its ends', () => {
    expect(moveSelection(ids, 'a', 1)).toBe('b');
    expect(moveSelection(ids, 'b', -1)).toBe('a');
    expect(moveSelection(ids, 'c', 1)).toBe('c');
    expect(moveSelection(ids, 'a', -1)).toBe('a');
  });
  it('starts from the first (down) or last (up) row when nothing listed is selected', () => {
    expect(moveSelection(ids, null, 1)).toBe('a');
    expect(moveSelection(ids, null, -1)).toBe('c');
    expect(moveSelection(ids, 'gone', 1)).toBe('a');
    expect(moveSelection([], 'a', 1)).toBeNull();
  });
});

describe('actionRefusal', () => {
  const notOpen = () => 'not open';
  it('lets an open question take every action', () => {
    const q = makeQuestion({ text: '停车难' });
    for (const action of Object.keys(QUESTION_KEYS) as (keyof typeof QUESTION_KEYS)[]) {
      expect(actionRefusal(q, action, notOpen)).toBeNull();
    }
    expect(canReopen(q)).toBe(false);
  });
  it('refuses what a settled question cannot do, and offers the way back where there is one', () => {
    const answered = makeQuestion({ text: '路灯', state: 'answered' });
    expect(actionRefusal(answered, 'onScreen', notOpen)).toContain('请先退回待处理');
    expect(actionRefusal(answered, 'commit', notOpen)).toBe('not open');
    expect(actionRefusal(answered, 'edit', notOpen)).toBeNull();
    expect(canReopen(answered)).toBe(true);
    const committed = makeQuestion({ text: '电梯', state: 'committed' });
    expect(actionRefusal(committed, 'decline', notOpen)).toContain('已形成承诺');
    expect(actionRefusal(committed, 'merge', notOpen)).toContain('已形成承诺');
    expect(canReopen(committed)).toBe(false);
  });
});
