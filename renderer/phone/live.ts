/**
 * Keeping the page current. The event stream only says "changed" and the page then asks; when the
 * stream fails or the browser has none, it polls every 5 s. It also polls every 30 s with a working
 * stream: a stream can die silently (a phone's Wi-Fi roaming, a proxy holding it), and nothing else
 * would notice.
 */
export interface EventSourceLike {
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: Event) => void): void;
  close(): void;
}

export interface LiveDeps {
  /** Null when the browser has no EventSource. */
  openStream: (() => EventSourceLike) | null;
  refresh: () => void;
  setTimer: (run: () => void, ms: number) => () => void;
  fastMs?: number;
  slowMs?: number;
  /** For the spread below; Math.random in the page. */
  random?: () => number;
  /** A "changed" reaches every phone in the hall at once: each asks within this much time, not together. */
  spreadMs?: number;
}

export const POLL_FAST_MS = 5_000;
export const POLL_SLOW_MS = 30_000;
export const CHANGE_SPREAD_MS = 1_000;

export interface Live {
  /** The stream is open and has not failed since. */
  streaming: () => boolean;
  /** Refresh now and restart the poll clock (back online, screen on). */
  poke: () => void;
  stop: () => void;
}

export function startLive(deps: LiveDeps): Live {
  const fast = deps.fastMs ?? POLL_FAST_MS;
  const slow = deps.slowMs ?? POLL_SLOW_MS;
  let up = false;
  let cancel: (() => void) | null = null;
  let stream: EventSourceLike | null = null;
  let stopped = false;
  let spreading: (() => void) | null = null;

  const schedule = () => {
    if (cancel) cancel();
    if (stopped) return;
    cancel = deps.setTimer(
      () => {
        cancel = null;
        deps.refresh();
        schedule();
      },
      up ? slow : fast,
    );
  };
  const now = () => {
    if (spreading) spreading();
    spreading = null;
    deps.refresh();
    schedule();
  };
  /** Several announcements within the spread make one refresh. */
  const changed = () => {
    if (spreading || stopped) return;
    const spread = deps.spreadMs ?? CHANGE_SPREAD_MS;
    const delay = Math.floor((deps.random ?? Math.random)() * spread);
    spreading = deps.setTimer(() => {
      spreading = null;
      now();
    }, delay);
  };

  if (deps.openStream) {
    try {
      stream = deps.openStream();
      stream.onopen = () => {
        const wasDown = !up;
        up = true;
        // Whatever changed while the stream was down was never announced; the poll slows down.
        if (wasDown) changed();
        schedule();
      };
      stream.onmessage = changed;
      stream.addEventListener('changed', changed);
      // EventSource reconnects by itself; until it does, the page polls fast.
      stream.onerror = () => {
        if (up) {
          up = false;
          schedule();
        }
      };
    } catch {
      stream = null;
    }
  }
  schedule();
  return {
    streaming: () => up,
    poke: now,
    stop: () => {
      stopped = true;
      if (cancel) cancel();
      if (spreading) spreading();
      if (stream) stream.close();
    },
  };
}
