import { describe, expect, it, vi } from 'vitest';
import { enqueue, keyToAction, takesKey, typedAfter, type DeckKey } from '../../renderer/report/deck-keys';

// The hook in the same module calls the API; the key map under test never does, and there is no window here.
vi.mock('../../renderer/api', () => ({ api: {}, connection: { kind: 'desktop' } }));

const key = (name: string, extra: Partial<DeckKey> = {}): DeckKey => ({
  key: name,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...extra,
});
const none = { typed: '' };

describe('keyToAction: the PowerPoint / WPS keys', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter', 'n', 'N'])(
    '%j goes to the next card',
    (k) => {
      expect(keyToAction(key(k), none)).toEqual({ kind: 'next' });
    },
  );

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'])('%j goes to the previous card', (k) => {
    expect(keyToAction(key(k), none)).toEqual({ kind: 'previous' });
  });

  it('Home and End go to the first and the last card', () => {
    expect(keyToAction(key('Home'), none)).toEqual({ kind: 'first' });
    expect(keyToAction(key('End'), none)).toEqual({ kind: 'last' });
  });

  it.each(['b', 'B', '.'])('%j asks for the black screen (the service toggles it back)', (k) => {
    expect(keyToAction(key(k), none)).toEqual({ kind: 'blank', blank: 'black' });
  });

  it.each(['w', 'W', ','])('%j asks for the white screen', (k) => {
    expect(keyToAction(key(k), none)).toEqual({ kind: 'blank', blank: 'white' });
  });

  it('F5 starts from the first card, Shift+F5 from the current one', () => {
    expect(keyToAction(key('F5'), none)).toEqual({ kind: 'start', fromCurrent: false });
    expect(keyToAction(key('F5', { shiftKey: true }), none)).toEqual({ kind: 'start', fromCurrent: true });
  });

  it('Esc leaves when no number is typed', () => {
    expect(keyToAction(key('Escape'), none)).toBe('leave');
  });

  it('keys the deck does not use do nothing', () => {
    for (const k of ['a', 'x', 'Tab', 'F1', 'Shift', 'Delete', '='])
      expect(keyToAction(key(k), none)).toBeNull();
  });
});

describe('number + Enter', () => {
  it('digits add up and Enter jumps to that card, 1-based', () => {
    let state = { typed: '' };
    for (const digit of ['1', '2']) {
      expect(keyToAction(key(digit), state)).toBeNull();
      state = { typed: typedAfter(key(digit), state) };
    }
    expect(state.typed).toBe('12');
    expect(keyToAction(key('Enter'), state)).toEqual({ kind: 'goTo', index: 11 });
    expect(typedAfter(key('Enter'), state)).toBe('');
  });

  it('3 + Enter goes to the third card', () => {
    const state = { typed: typedAfter(key('3'), none) };
    expect(keyToAction(key('Enter'), state)).toEqual({ kind: 'goTo', index: 2 });
  });

  it('Esc clears a typed number without leaving', () => {
    const state = { typed: '4' };
    expect(keyToAction(key('Escape'), state)).toBeNull();
    expect(typedAfter(key('Escape'), state)).toBe('');
    expect(takesKey(key('Escape'), state)).toBe(true);
  });

  it('0 + Enter names no card and clears the number', () => {
    const state = { typed: '0' };
    expect(keyToAction(key('Enter'), state)).toBeNull();
    expect(typedAfter(key('Enter'), state)).toBe('');
  });

  it('another deck key clears the typed number', () => {
    expect(typedAfter(key('ArrowRight'), { typed: '5' })).toBe('');
  });

  it('keeps at most three digits', () => {
    expect(typedAfter(key('7'), { typed: '123' })).toBe('237');
  });
});

describe('keys that are not the deck’s', () => {
  it.each([{ ctrlKey: true }, { altKey: true }, { metaKey: true }])(
    'with %j held nothing happens (Ctrl+= zoom stays the browser’s)',
    (modifier) => {
      for (const k of ['=', 'ArrowRight', 'b', 'F5', '3', 'Escape']) {
        expect(keyToAction(key(k, modifier), none)).toBeNull();
        expect(typedAfter(key(k, modifier), { typed: '2' })).toBe('2');
        expect(takesKey(key(k, modifier), none)).toBe(false);
      }
    },
  );

  it('typing in a text field is left to the field', () => {
    for (const k of [' ', 'Backspace', 'b', '3', 'Enter', 'Escape']) {
      expect(keyToAction(key(k, { fromEditable: true }), none)).toBeNull();
      expect(takesKey(key(k, { fromEditable: true }), none)).toBe(false);
    }
  });

  it('an input method composing keeps its keys', () => {
    expect(keyToAction(key('n', { isComposing: true }), none)).toBeNull();
  });

  it('Enter and Space on a focused button press the button; other keys still move the deck', () => {
    expect(keyToAction(key('Enter', { fromButton: true }), none)).toBeNull();
    expect(keyToAction(key(' ', { fromButton: true }), none)).toBeNull();
    expect(keyToAction(key('ArrowRight', { fromButton: true }), none)).toEqual({ kind: 'next' });
  });

  it('Shift alone does not stop a key (Shift+B still blacks out)', () => {
    expect(keyToAction(key('B', { shiftKey: true }), none)).toEqual({ kind: 'blank', blank: 'black' });
  });
});

describe('enqueue: a fast remote never reorders two presses', () => {
  it('starts each job only when the one before it has finished, even when it was refused', async () => {
    const log: string[] = [];
    const slow = () =>
      new Promise<string>((resolve) => setTimeout(() => (log.push('first done'), resolve('first')), 30));
    const refused = () => {
      log.push('second start');
      return Promise.reject(new Error('refused'));
    };
    const fast = () => {
      log.push('third start');
      return Promise.resolve('third');
    };
    const first = enqueue('m1', slow);
    const second = enqueue('m1', refused);
    const third = enqueue('m1', fast);
    await expect(first).resolves.toBe('first');
    await expect(second).rejects.toThrow('refused');
    await expect(third).resolves.toBe('third');
    expect(log).toEqual(['first done', 'second start', 'third start']);
  });

  it('keeps meetings apart', async () => {
    const log: string[] = [];
    const blocked = enqueue(
      'm2',
      () => new Promise((resolve) => setTimeout(() => resolve(log.push('m2')), 30)),
    );
    await enqueue('m3', () => Promise.resolve(log.push('m3')));
    await blocked;
    expect(log).toEqual(['m3', 'm2']);
  });
});
