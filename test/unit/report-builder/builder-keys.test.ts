import { describe, expect, it, vi } from 'vitest';
import { builderActionOf, type BuilderKeyActions } from '../../../renderer/screens/report/use-builder-keys';
import { viewAddress } from '../../../renderer/projector/view-route';
import { pngFileName } from '../../../renderer/screens/report/png-file-name';

function press(
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) {
  const actions: BuilderKeyActions = {
    select: vi.fn(),
    move: vi.fn(),
    duplicate: vi.fn(),
    toggleHidden: vi.fn(),
    remove: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    present: vi.fn(),
  };
  const action = builderActionOf({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });
  action?.(actions);
  return { action, actions };
}

describe('builder shortcuts', () => {
  it('selects with the arrows and moves with Alt + arrows', () => {
    expect(press('ArrowDown').actions.select).toHaveBeenCalledWith(1);
    expect(press('ArrowUp').actions.select).toHaveBeenCalledWith(-1);
    expect(press('ArrowUp', { altKey: true }).actions.move).toHaveBeenCalledWith(-1);
    expect(press('ArrowDown', { altKey: true }).actions.move).toHaveBeenCalledWith(1);
  });

  it('undoes with Ctrl+Z, redoes with Ctrl+Shift+Z and Ctrl+Y (Cmd on a Mac)', () => {
    expect(press('z', { ctrlKey: true }).actions.undo).toHaveBeenCalled();
    expect(press('Z', { ctrlKey: true, shiftKey: true }).actions.redo).toHaveBeenCalled();
    expect(press('y', { ctrlKey: true }).actions.redo).toHaveBeenCalled();
    expect(press('z', { metaKey: true }).actions.undo).toHaveBeenCalled();
  });

  it('duplicates with Ctrl+D, hides with H, deletes with Delete, presents with F5 / Shift+F5', () => {
    expect(press('d', { ctrlKey: true }).actions.duplicate).toHaveBeenCalled();
    expect(press('h').actions.toggleHidden).toHaveBeenCalled();
    expect(press('H').actions.toggleHidden).toHaveBeenCalled();
    expect(press('Delete').actions.remove).toHaveBeenCalled();
    expect(press('F5').actions.present).toHaveBeenCalledWith(false);
    expect(press('F5', { shiftKey: true }).actions.present).toHaveBeenCalledWith(true);
  });

  it('leaves other keys to the page', () => {
    expect(press('a').action).toBeNull();
    expect(press('Backspace').action).toBeNull();
    expect(press('h', { ctrlKey: true }).action).toBeNull();
    expect(press('ArrowDown', { shiftKey: true }).action).toBeNull();
  });
});

describe('export addresses and names', () => {
  it('opens the print view with the token after #, never in the query', () => {
    const address = viewAddress(
      { origin: 'http://127.0.0.1:4000', pathname: '/' },
      { view: 'print', meetingId: 'm1' },
      'sec ret',
    );
    expect(address).toBe('http://127.0.0.1:4000/?view=print&meeting=m1#token=sec%20ret');
  });

  it('names the PNG after the card, without characters a file system refuses', () => {
    expect(pngFileName('解决率 93.6%', '数字')).toBe('解决率 93.6%.png');
    expect(pngFileName('a/b:c', 'x')).toBe('a_b_c.png');
    expect(pngFileName('  ', '封面')).toBe('封面.png');
  });
});
