import { z } from 'zod';

/** What we remember about the main window between runs. */
export const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false),
});
export type WindowState = z.output<typeof WindowState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface InitialBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

/** Fits the office laptop (1366×768) and a 1024×768 projector; below that the layout is not designed. */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

/** A saved file from an older version, edited by hand or damaged is ignored, never fatal. */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = WindowState.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Where to open the window: the saved rectangle moved and shrunk onto the display it overlaps most,
 * or centred on the primary display when it overlaps none (a projector unplugged since last time).
 * `workAreas[0]` is the primary display.
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rect[]): InitialBounds {
  const primary = workAreas[0];
  const fitSize = (area: Rect | undefined, width: number, height: number) => ({
    width: area ? clamp(width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width) : width,
    height: area ? clamp(height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height) : height,
  });

  if (!saved) {
    return {
      ...fitSize(primary, DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height),
      maximized: false,
      fullScreen: false,
    };
  }

  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (o > bestOverlap) {
      best = area;
      bestOverlap = o;
    }
  }
  const flags = { maximized: saved.maximized, fullScreen: saved.fullScreen };
  if (!best) {
    // Off every screen: let Electron centre it on the primary display.
    return { ...fitSize(primary, saved.width, saved.height), ...flags };
  }
  const size = fitSize(best, saved.width, saved.height);
  return {
    x: clamp(saved.x, best.x, best.x + best.width - size.width),
    y: clamp(saved.y, best.y, best.y + best.height - size.height),
    ...size,
    ...flags,
  };
}

/** The part of BrowserWindow the tracker needs; small so tests can pass a fake. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
}

export interface WindowStateTracker {
  /** Saves now if a save is pending; called on close and before quit. */
  flush(): void;
}

/**
 * Saves the window's normal (un-maximised) bounds, debounced so dragging a window does not write
 * on every pixel, and once more when the window closes.
 */
export function trackWindowState(
  win: TrackedWindow,
  save: (state: WindowState) => void,
  debounceMs = 500,
): WindowStateTracker {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    try {
      save({
        x: Math.round(bounds.x),
        y: Math.round(bounds.y),
        width: Math.round(bounds.width),
        height: Math.round(bounds.height),
        maximized: win.isMaximized(),
        fullScreen: win.isFullScreen(),
      });
    } catch {
      // Losing a window position is harmless; it must never break closing the app.
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(saveNow, debounceMs);
  };
  win.on('resize', schedule);
  win.on('move', schedule);
  win.on('close', saveNow);
  return {
    flush: () => {
      if (timer !== undefined) saveNow();
    },
  };
}
