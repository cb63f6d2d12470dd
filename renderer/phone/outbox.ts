import type { PhoneQuestionStatus } from '../../shared/domain/phone';
import { backoffMs, type Outcome } from './http';
import { readJson, writeJson, type KeyValue } from './storage';

/**
 * A question waits here, on the phone, from the moment it is sent until the gateway says it is stored.
 * It is written before the first try, so a reload, a locked screen or a dead battery between tap and
 * answer loses nothing; every try carries the same clientId, so the gateway stores it once however
 * often it arrives.
 */
export interface OutboxEntry {
  clientId: string;
  text: string;
  communityId: string | null;
  category: string;
  /** The QR token it was written under: never sent to another meeting's gateway by itself. */
  token: string;
  createdAt: number;
  attempts: number;
  /** Not before (ms since epoch). */
  nextAt: number;
  /** Refused for good (the gateway's message); not retried. */
  error: string | null;
}

export type OutboxSend = (entry: OutboxEntry) => Promise<Outcome<PhoneQuestionStatus>>;

export type OutboxNotice = 'busy' | 'unavailable' | 'network' | 'token' | null;

export interface OutboxDeps {
  store: KeyValue;
  token: string;
  send: OutboxSend;
  now: () => number;
  random: () => number;
  setTimer: (run: () => void, ms: number) => () => void;
  /** Stored by the gateway: the page's "已收到". Called before the entry leaves the outbox. */
  onAck: (status: PhoneQuestionStatus) => void;
  onChange: () => void;
  onNotice: (notice: OutboxNotice) => void;
}

export const OUTBOX_KEY = 'rbd.phone.outbox';

function isEntryList(value: unknown): value is OutboxEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as OutboxEntry).clientId === 'string' &&
        typeof (item as OutboxEntry).text === 'string' &&
        typeof (item as OutboxEntry).token === 'string',
    )
  );
}

export class Outbox {
  private readonly deps: OutboxDeps;
  private sending = false;
  private again = false;
  private cancelTimer: (() => void) | null = null;
  private tokenRefused = false;

  constructor(deps: OutboxDeps) {
    this.deps = deps;
  }

  entries(): OutboxEntry[] {
    return readJson(this.deps.store, OUTBOX_KEY, isEntryList) ?? [];
  }

  private save(entries: OutboxEntry[]): void {
    writeJson(this.deps.store, OUTBOX_KEY, entries);
    this.deps.onChange();
  }

  private update(clientId: string, change: (entry: OutboxEntry) => OutboxEntry | null): void {
    const next: OutboxEntry[] = [];
    for (const entry of this.entries()) {
      if (entry.clientId !== clientId) next.push(entry);
      else {
        const changed = change(entry);
        if (changed) next.push(changed);
      }
    }
    this.save(next);
  }

  /** Written first, then sent: the caller made the clientId before calling. */
  add(draft: { clientId: string; text: string; communityId: string | null; category: string }): void {
    const entry: OutboxEntry = {
      ...draft,
      token: this.deps.token,
      createdAt: this.deps.now(),
      attempts: 0,
      nextAt: 0,
      error: null,
    };
    this.save(this.entries().concat([entry]));
    void this.flush();
  }

  remove(clientId: string): void {
    this.update(clientId, () => null);
  }

  /** An entry of another QR token or refused before, sent again under this page's token. */
  resend(clientId: string): void {
    this.update(clientId, (entry) => ({ ...entry, token: this.deps.token, error: null, nextAt: 0 }));
    void this.flush();
  }

  /** Back online, screen unlocked: try now whatever was waiting for its back-off. */
  resume(): void {
    this.tokenRefused = false;
    const now = this.deps.now();
    const entries = this.entries();
    if (entries.some((entry) => entry.nextAt > now)) {
      this.save(entries.map((entry) => (entry.nextAt > now ? { ...entry, nextAt: 0 } : entry)));
    }
    void this.flush();
  }

  private due(): OutboxEntry[] {
    return this.entries().filter((entry) => entry.error === null && entry.token === this.deps.token);
  }

  /** Sends what is due, one at a time (a busy hall needs no bursts from one phone), then waits. */
  async flush(): Promise<void> {
    if (this.sending) {
      this.again = true;
      return;
    }
    if (this.tokenRefused) return;
    this.sending = true;
    try {
      do {
        this.again = false;
        for (const entry of this.due()) {
          if (entry.nextAt > this.deps.now()) continue;
          if (!(await this.sendOne(entry))) break;
        }
      } while (this.again && !this.tokenRefused);
    } finally {
      this.sending = false;
    }
    this.schedule();
  }

  /** False when the others should wait too (the hall is busy or unreachable, or the token refused). */
  private async sendOne(entry: OutboxEntry): Promise<boolean> {
    const attempt = entry.attempts + 1;
    let outcome: Outcome<PhoneQuestionStatus>;
    try {
      outcome = await this.deps.send(entry);
    } catch {
      outcome = { kind: 'retry', reason: 'network', retryAfterMs: null };
    }
    if (outcome.kind === 'ok') {
      this.deps.onAck(outcome.value);
      this.update(entry.clientId, () => null);
      this.deps.onNotice(null);
      return true;
    }
    if (outcome.kind === 'token') {
      this.tokenRefused = true;
      this.update(entry.clientId, (kept) => ({ ...kept, attempts: attempt }));
      this.deps.onNotice('token');
      return false;
    }
    if (outcome.kind === 'refused') {
      this.update(entry.clientId, (kept) => ({
        ...kept,
        attempts: attempt,
        error: outcome.message || outcome.code,
      }));
      return true;
    }
    const wait = backoffMs(attempt, outcome.retryAfterMs, this.deps.random);
    this.update(entry.clientId, (kept) => ({ ...kept, attempts: attempt, nextAt: this.deps.now() + wait }));
    this.deps.onNotice(outcome.reason);
    return false;
  }

  private schedule(): void {
    if (this.cancelTimer) this.cancelTimer();
    this.cancelTimer = null;
    if (this.tokenRefused) return;
    const waiting = this.due();
    if (waiting.length === 0) return;
    const soonest = Math.min(...waiting.map((entry) => entry.nextAt));
    const delay = Math.max(0, soonest - this.deps.now());
    this.cancelTimer = this.deps.setTimer(() => {
      this.cancelTimer = null;
      void this.flush();
    }, delay);
  }
}
