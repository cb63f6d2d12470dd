import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  parseWindowState,
  restoreBounds,
  trackWindowState,
  type WindowState,
} from '../../electron/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const projector = { x: 1366, y: 0, width: 1024, height: 768 };
const saved = (over: Partial<WindowState> = {}): WindowState => ({
  x: 100,
  y: 20,
  width: 1200,
  height: 700,
  maximized: false,
  fullScreen: false,
  ...over,
});

describe('window state', () => {
  afterEach(() => vi.useRealTimers());

  it('restores a rectangle that is on screen unchanged', () => {
    expect(restoreBounds(saved(), [laptop])).toEqual({
      x: 100,
      y: 20,
      width: 1200,
      height: 700,
      maximized: false,
      fullScreen: false,
    });
  });

  it('moves and shrinks a rectangle onto the display it overlaps most', () => {
    const b = restoreBounds(saved({ x: 1300, y: 400, width: 1900, height: 1000 }), [laptop, projector]);
    expect(b).toMatchObject({ x: 1366, y: 0, width: 1024, height: 768 });
    const partly = restoreBounds(saved({ x: -300, y: 600 }), [laptop]);
    expect(partly).toMatchObject({ x: 0, y: 28, width: 1200, height: 700 });
  });

  it('centres on the primary display when the saved display is gone', () => {
    const b = restoreBounds(saved({ x: 3000, y: 0, maximized: true }), [laptop]);
    expect(b.x).toBeUndefined();
    expect(b.y).toBeUndefined();
    expect(b).toMatchObject({ width: 1200, height: 700, maximized: true });
  });

  it('uses the default size when nothing was saved, fitted to a small screen', () => {
    expect(restoreBounds(null, [{ x: 0, y: 0, width: 1920, height: 1040 }])).toMatchObject(
      DEFAULT_WINDOW_SIZE,
    );
    expect(restoreBounds(null, [{ x: 0, y: 0, width: 1024, height: 728 }])).toMatchObject({
      width: 1024,
      height: 728,
    });
  });

  it('ignores a damaged saved state', () => {
    expect(parseWindowState({ x: 'a' })).toBeNull();
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState({ x: 1, y: 2, width: -5, height: 10 })).toBeNull();
    expect(parseWindowState({ x: 1, y: 2, width: 800, height: 600 })).toEqual({
      x: 1,
      y: 2,
      width: 800,
      height: 600,
      maximized: false,
      fullScreen: false,
    });
  });

  it('saves once after a burst of moves, and on close', () => {
    vi.useFakeTimers();
    const win = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 5, y: 6, width: 1000.4, height: 650 }),
      isMaximized: () => true,
      isFullScreen: () => false,
      isDestroyed: () => false,
    });
    const save = vi.fn();
    const tracker = trackWindowState(win, save, 500);
    for (let i = 0; i < 20; i += 1) win.emit(i % 2 ? 'move' : 'resize');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({
      x: 5,
      y: 6,
      width: 1000,
      height: 650,
      maximized: true,
      fullScreen: false,
    });

    win.emit('move');
    tracker.flush();
    expect(save).toHaveBeenCalledTimes(2);
    tracker.flush();
    expect(save).toHaveBeenCalledTimes(2);
    win.emit('close');
    expect(save).toHaveBeenCalledTimes(3);
  });
});
