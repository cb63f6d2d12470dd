import type { ServerResponse } from 'node:http';
import type { AnyEvent } from '../../shared/api';

/** What a stream sends: the operator's events, or the gateway's content-free `changed`. */
export interface StreamEvent {
  event: string;
  payload: unknown;
}

export interface EventStreamOptions<E extends StreamEvent = AnyEvent> {
  subscribe(listener: (event: E) => void): () => void;
  heartbeatMs: number;
  /** A client that stops reading is dropped once this much is queued for it, so memory stays bounded. */
  maxBufferedBytes?: number;
}

/** The set of open SSE responses, so the server can end them all when it shuts down. */
export class EventStreams<E extends StreamEvent = AnyEvent> {
  private readonly open = new Set<() => void>();

  constructor(private readonly options: EventStreamOptions<E>) {}

  get size(): number {
    return this.open.size;
  }

  /** Starts streaming service events to `res` until the client goes away or closeAll is called. */
  attach(res: ServerResponse): void {
    const limit = this.options.maxBufferedBytes ?? 1024 * 1024;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    // Comment lines: the first tells the client the stream is open, later ones keep proxies and
    // idle-socket timers from closing it.
    res.write(': connected\n\n');

    const write = (text: string) => {
      if (res.writableLength > limit) return cleanup(true);
      res.write(text);
    };
    const unsubscribe = this.options.subscribe((message) => {
      write(`event: ${message.event}\ndata: ${JSON.stringify(message.payload)}\n\n`);
    });
    const heartbeat = setInterval(() => write(': heartbeat\n\n'), this.options.heartbeatMs);
    heartbeat.unref();

    let done = false;
    const cleanup = (destroy = false) => {
      if (done) return;
      done = true;
      clearInterval(heartbeat);
      unsubscribe();
      this.open.delete(end);
      if (destroy) res.destroy();
      else if (!res.writableEnded) res.end();
    };
    const end = () => cleanup(false);
    this.open.add(end);
    res.on('close', end);
    res.on('error', () => cleanup(true));
  }

  closeAll(): void {
    for (const end of [...this.open]) end();
  }
}
