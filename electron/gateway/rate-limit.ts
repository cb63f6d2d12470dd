/**
 * The question box's limits: one phone (one client address) cannot starve the others, and the whole
 * hall at once cannot queue the owner forever. Every refusal says when to retry (Retry-After).
 */

export interface GatewayLimits {
  /** Requests one client address may make in a burst (page files, reads and writes alike). */
  burstPerClient: number;
  /** Requests per second one client address earns back, sustained. */
  refillPerSecond: number;
  /** Phone calls waiting on the owner at once, from all phones; the next one is told to retry. */
  maxInFlight: number;
  /** Open connections from one client address. */
  maxConnectionsPerClient: number;
  /** Open connections in total (server.maxConnections). */
  maxConnections: number;
  /** Event streams one client address may hold open. */
  maxStreamsPerClient: number;
  /** A client that has not sent its headers by then is cut off (slowloris). */
  headersTimeoutMs: number;
  /** A client that has not sent its whole request by then is cut off (slow body). */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** An owner call unanswered by then is answered 503 `unavailable`; the phone retries. */
  callTimeoutMs: number;
  /** `changed` events closer together than this are sent as one, so the hall does not re-read at once. */
  notifyCoalesceMs: number;
  /** Comment lines on idle event streams, so sockets and proxies keep them. */
  heartbeatMs: number;
}

/**
 * Why these numbers. A phone loads the page (3 files), opens its stream and reads the view and its own
 * questions (≈ 6 requests), then reads again at most about once a second while things change (the
 * `changed` events are coalesced to one a second) plus a poll every few seconds: 60 in a burst and 3 a
 * second sustained leave it far from the limit, while one address flooding is cut to 3 a second.
 * 64 calls in flight keeps the owner's queue short (each is a fsynced write or a read of memory, a few
 * milliseconds), so 1,000 phones at once are answered — most at once, the rest told to retry in a
 * second — instead of waiting on a queue. Browsers open at most 6 connections per site; 16 per address
 * leaves room for a reload and a second tab. 3,000 connections in all fit 1,000 phones each holding a
 * stream and a request. Time-outs: a phone's request is a few hundred bytes, so 5 s for the headers and
 * 10 s for the whole of it are generous on a weak Wi-Fi and short for an attacker holding sockets.
 */
export const DEFAULT_GATEWAY_LIMITS: GatewayLimits = {
  burstPerClient: 60,
  refillPerSecond: 3,
  maxInFlight: 64,
  maxConnectionsPerClient: 16,
  maxConnections: 3_000,
  maxStreamsPerClient: 3,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 2_000,
  callTimeoutMs: 10_000,
  notifyCoalesceMs: 1_000,
  heartbeatMs: 15_000,
};

export function resolveLimits(limits: Partial<GatewayLimits> = {}): GatewayLimits {
  return { ...DEFAULT_GATEWAY_LIMITS, ...limits };
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client address. Full buckets are forgotten (sweep), so addresses that come and go
 * cost nothing; the table is also capped, refusing new addresses only when an attacker fills it.
 */
export class ClientBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
    private readonly maxClients = 20_000,
  ) {}

  /** Takes one token; returns 0 when allowed, else the seconds to wait before one is earned back. */
  take(client: string): number {
    const now = this.now();
    this.sweep(now);
    let bucket = this.buckets.get(client);
    if (!bucket) {
      if (this.buckets.size >= this.maxClients) return 1;
      bucket = { tokens: this.burst, at: now };
      this.buckets.set(client, bucket);
    }
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond));
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 10_000) return;
    this.lastSweep = now;
    const refillMs = (this.burst / this.perSecond) * 1000;
    for (const [client, bucket] of this.buckets) {
      if (now - bucket.at >= refillMs) this.buckets.delete(client);
    }
  }
}

/** Counts per client address (open connections, open streams); entries at zero are removed. */
export class ClientCounts {
  private readonly counts = new Map<string, number>();

  count(client: string): number {
    return this.counts.get(client) ?? 0;
  }

  add(client: string): void {
    this.counts.set(client, this.count(client) + 1);
  }

  remove(client: string): void {
    const next = this.count(client) - 1;
    if (next <= 0) this.counts.delete(client);
    else this.counts.set(client, next);
  }
}
