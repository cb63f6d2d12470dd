import { useEffect, useRef, useState } from 'react';

const ZOOM_KEY = 'rbd.projector.zoom';
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 1.5;
const STEP = 0.05;
const HINT_MS = 1_500;

function clampZoom(value: number): number {
  if (!Number.isFinite(value)) return 1;
  return Math.round(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, value)) * 100) / 100;
}

function storedZoom(): number {
  try {
    const raw = window.localStorage.getItem(ZOOM_KEY);
    return raw === null ? 1 : clampZoom(Number(raw));
  } catch {
    return 1;
  }
}

/** What a key does to the zoom, or null when it is not a zoom key. */
export function zoomAfterKey(
  zoom: number,
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>,
): number | null {
  if (!event.ctrlKey && !event.metaKey) return null;
  if (event.key === '=' || event.key === '+') return clampZoom(zoom + STEP);
  if (event.key === '-' || event.key === '_') return clampZoom(zoom - STEP);
  if (event.key === '0') return 1;
  return null;
}

/**
 * This projector's zoom, kept in this machine's storage: a hall whose screen is partly hidden or
 * overscanned is set once and stays so. Ctrl + = / Ctrl + - / Ctrl + 0, with the percentage shown
 * briefly so the operator sees what changed.
 */
export function useProjectorZoom(): { zoom: number; hint: string | null } {
  const [zoom, setZoom] = useState(storedZoom);
  const [hint, setHint] = useState<string | null>(null);
  const current = useRef(zoom);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKey = (event: KeyboardEvent) => {
      const next = zoomAfterKey(current.current, event);
      if (next === null) return;
      // Otherwise the browser zooms the page as well, and the card no longer fits the screen.
      event.preventDefault();
      current.current = next;
      setZoom(next);
      try {
        window.localStorage.setItem(ZOOM_KEY, String(next));
      } catch {
        // Storage may be disabled; the zoom still holds until the window closes.
      }
      setHint(`${Math.round(next * 100)}`);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(null), HINT_MS);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      clearTimeout(timer);
    };
  }, []);
  return { zoom, hint };
}
