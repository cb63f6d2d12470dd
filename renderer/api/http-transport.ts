import { resyncEvents, type Transport } from '../../shared/api';
import { createSseParser } from './sse-parser';

export interface HttpTransportOptions {
  /** Origin of the host-mode server, e.g. window.location.origin. */
  baseUrl: string;
  /** Session token host mode printed; null sends no header and gets a clear 401 message back. */
  token: string | null;
  fetch?: typeof fetch;
  /** Backoff between event-stream reconnects. */
  retry?: { initialMs: number; maxMs: number };
}

export interface HttpTransport extends Transport {
  /** Closes the event stream; calls still work. */
  close(): void;
}

/** Bodies this long take long enough to encode that a pooled connection may expire meanwhile. */
const LARGE_BODY_CHARS = 1024 * 1024;

/** Host mode's transport: POST /api/<method> with a bearer token; push events over SSE read with fetch. */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.replace(/\/+$/, '');
  const auth: Record<string, string> = options.token ? { Authorization: `Bearer ${options.token}` } : {};
  const stream = createEventStream({
    url: `${base}/api/events`,
    headers: { ...auth, Accept: 'text/event-stream' },
    fetch: doFetch,
    retry: options.retry ?? { initialMs: 500, maxMs: 10_000 },
  });

  return {
    async invoke(method, input) {
      const body = JSON.stringify(input ?? {});
      // Encoding a spreadsheet's base64 blocks the thread for seconds; the kept-alive connection the
      // request would reuse may have expired meanwhile without its timer having run. Letting timers run
      // once drops it, so the request opens a fresh connection instead of one being closed under it.
      if (body.length > LARGE_BODY_CHARS) await new Promise((resolve) => setTimeout(resolve, 0));
      const response = await doFetch(`${base}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body,
        cache: 'no-store',
        credentials: 'omit',
      });
      const text = await response.text();
      try {
        // Refusals (401, 403, 413…) carry a Result too, so the user sees the server's own message.
        return JSON.parse(text) as unknown;
      } catch {
        throw new Error(`服务返回了无法识别的内容（HTTP ${response.status}）`);
      }
    },
    subscribe: stream.subscribe,
    close: stream.close,
  };
}

interface EventStreamOptions {
  url: string;
  headers: Record<string, string>;
  fetch: typeof fetch;
  retry: { initialMs: number; maxMs: number };
}

/** One SSE connection shared by all subscribers: opened on the first, closed after the last. */
function createEventStream(options: EventStreamOptions) {
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let running = false;
  let controller: AbortController | null = null;
  let wake: (() => void) | null = null;

  const deliver = (event: string, payload: unknown) => {
    for (const listener of [...listeners]) {
      try {
        listener(event, payload);
      } catch {
        // A failing screen must not stop the others from hearing the event.
      }
    }
  };

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  async function readOnce(signal: AbortSignal, onOpen: () => void): Promise<void> {
    const response = await options.fetch(options.url, {
      headers: options.headers,
      signal,
      cache: 'no-store',
      credentials: 'omit',
    });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new Error(`事件流连接失败（HTTP ${response.status}）`);
    }
    onOpen();
    const parse = createSseParser(({ event, data }) => {
      let payload: unknown;
      try {
        payload = JSON.parse(data);
      } catch {
        return;
      }
      deliver(event, payload);
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parse(value);
    }
  }

  async function loop(): Promise<void> {
    let attempt = 0;
    while (running) {
      controller = new AbortController();
      try {
        await readOnce(controller.signal, () => {
          attempt = 0;
          // Events sent while the stream was down are lost: every screen reloads what they cover. The
          // first opening too: what a window read before its stream was open (a projector's first
          // state, while the console already stepped on) may have missed an event in between.
          for (const { event, payload } of resyncEvents()) deliver(event, payload);
        });
      } catch {
        // Network error, server restart or 401: retried below with backoff.
      }
      if (!running) return;
      const delay = Math.min(options.retry.maxMs, options.retry.initialMs * 2 ** attempt);
      attempt += 1;
      // Jitter, so many tabs do not reconnect in lockstep after a restart.
      await pause(delay * (0.75 + Math.random() * 0.5));
    }
  }

  function close(): void {
    running = false;
    controller?.abort();
    wake?.();
  }

  return {
    subscribe(listener: (event: string, payload: unknown) => void): () => void {
      listeners.add(listener);
      if (!running) {
        running = true;
        void loop();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) close();
      };
    },
    close,
  };
}
