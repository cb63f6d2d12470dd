// Simulated residents' phones for the question box: plain HTTP clients, each from its own loopback
// address (Linux routes all of 127/8 to lo), so the gateway's per-phone limits apply as in a hall.
// Shared by the load bench (test/bench/gateway-burst.bench.ts) and the kill tests beside this file.
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { PHONE_HTTP } from '../../shared/api/phone-contract';
import type { Question } from '../../shared/domain';

export interface GatewayTarget {
  address: string;
  port: number;
  token: string;
}

/** The box's address and token, from the join URL gateway.status gives (http://a:p/#k=<token>). */
export function targetOf(joinUrl: string): GatewayTarget {
  const url = new URL(joinUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get(PHONE_HTTP.fragmentKey);
  if (!token) throw new Error(`join URL without a token: ${joinUrl}`);
  return { address: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 80), token };
}

/** Phone i's own source address: 127.0.1.2, 127.0.1.3 … (127.0.0.1 stays the operator's). */
export function phoneAddress(i: number): string {
  return `127.0.${1 + Math.floor(i / 250)}.${2 + (i % 250)}`;
}

const id = () => randomBytes(12).toString('base64url');

export interface BurstOptions {
  target: GatewayTarget;
  phones: number;
  /** Arrivals are spread over this window (each phone's first send at a random moment in it). */
  windowMs: number;
  /** A phone still without an answer this long after the burst began gives up (bounded). */
  deadlineMs: number;
  /** One request's own limit; past it the phone treats it as a network error and retries. */
  requestTimeoutMs?: number;
  /** Called on each acknowledgement, e.g. to kill a process once enough are in. */
  onAck?: (acked: number) => void;
}

export interface PhoneOutcome {
  phoneId: string;
  clientId: string;
  text: string;
  /** The stored question's id the gateway acknowledged, or null when none came by the deadline. */
  ackedId: string | null;
  /** First send → acknowledgement. */
  latencyMs: number | null;
  /** Sends after the first. */
  retries: number;
  /** Of which answered 429 (rate_limited, with Retry-After). */
  rateLimited: number;
  /** Of which 503 or the result `unavailable`. */
  unavailable: number;
  /** Of which connection refused, reset or timed out. */
  networkErrors: number;
  /** A refusal that a retry cannot mend (the answer's message), if any. */
  refused: string | null;
}

export interface BurstResult {
  phones: PhoneOutcome[];
  /** When the first and last phone started, in performance.now() ms. */
  startedAt: number;
  endedAt: number;
}

interface Reply {
  status: number;
  retryAfter: number | null;
  body: string;
}

function post(target: GatewayTarget, localAddress: string, path: string, body: string, timeoutMs: number) {
  const host = target.address.includes(':') ? `[${target.address}]` : target.address;
  return new Promise<Reply>((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.address,
        port: target.port,
        method: 'POST',
        path,
        localAddress,
        agent: false,
        timeout: timeoutMs,
        headers: {
          // What the phone page's fetch sends: its own origin, JSON, the token from the QR's fragment.
          Host: `${host}:${target.port}`,
          Origin: `http://${host}:${target.port}`,
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
          [PHONE_HTTP.tokenHeader]: target.token,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const after = Number(res.headers['retry-after']);
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: Number.isFinite(after) ? after : null,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A jittered wait, so a hall told "retry in 1 s" does not come back in one instant. */
const jitter = (ms: number) => ms * (0.8 + Math.random() * 0.4);

async function onePhone(options: BurstOptions, i: number, begin: number, ack: () => void) {
  const phoneId = id();
  const clientId = id();
  const text = `第 ${i + 1} 位居民：小区晚上停车难，能否错时开放周边单位的车位？（${clientId.slice(0, 6)}）`;
  const outcome: PhoneOutcome = {
    phoneId,
    clientId,
    text,
    ackedId: null,
    latencyMs: null,
    retries: 0,
    rateLimited: 0,
    unavailable: 0,
    networkErrors: 0,
    refused: null,
  };
  const body = JSON.stringify({ phoneId, question: { clientId, text } });
  const localAddress = phoneAddress(i);
  const deadline = begin + options.deadlineMs;
  let first: number | null = null;
  let backoff = 200;
  while (performance.now() < deadline) {
    const sent = performance.now();
    first ??= sent;
    let wait: number;
    try {
      const reply = await post(
        options.target,
        localAddress,
        `${PHONE_HTTP.apiPrefix}submit`,
        body,
        options.requestTimeoutMs ?? 15_000,
      );
      const result = parseResult(reply.body);
      if (reply.status === 200 && result?.ok === true) {
        outcome.ackedId = result.value.id;
        outcome.latencyMs = performance.now() - first;
        ack();
        return outcome;
      }
      if (reply.status === 429) {
        outcome.rateLimited += 1;
        wait = (reply.retryAfter ?? 1) * 1000;
      } else if (reply.status === 503 || (result?.ok === false && result.error.code === 'unavailable')) {
        outcome.unavailable += 1;
        wait = (reply.retryAfter ?? 1) * 1000;
      } else {
        // Anything else (a 4xx, a refused input) would fail again the same way: the phone shows it.
        outcome.refused = `${reply.status} ${reply.body.slice(0, 200)}`;
        return outcome;
      }
    } catch {
      // Refused, reset or timed out: the gateway is restarting or the owner is gone. Back off.
      outcome.networkErrors += 1;
      wait = backoff;
      backoff = Math.min(2_000, backoff * 2);
    }
    outcome.retries += 1;
    await sleep(Math.min(jitter(wait), Math.max(0, deadline - performance.now())));
  }
  return outcome;
}

type SubmitResult = { ok: true; value: { id: string } } | { ok: false; error: { code: string } };

function parseResult(body: string): SubmitResult | null {
  try {
    return JSON.parse(body) as SubmitResult;
  } catch {
    return null;
  }
}

/** Every phone submits one question (its own clientId), arriving spread over the window, retrying. */
export async function phoneBurst(options: BurstOptions): Promise<BurstResult> {
  const begin = performance.now();
  let acked = 0;
  const ack = () => {
    acked += 1;
    options.onAck?.(acked);
  };
  const runs = Array.from({ length: options.phones }, async (_, i) => {
    await sleep(Math.random() * options.windowMs);
    return onePhone(options, i, begin, ack);
  });
  const phones = await Promise.all(runs);
  return { phones, startedAt: begin, endedAt: performance.now() };
}

export interface StoredCount {
  acked: number;
  /** Distinct clientIds of this burst found in the record. */
  stored: number;
  /** ClientIds stored more than once. */
  duplicates: number;
  /** Acknowledged but not in the record, or stored under another id than the one acknowledged. */
  lost: number;
  /** Neither acknowledged by the deadline nor refused. */
  unanswered: number;
  refused: number;
}

/** Compares what the phones were told with what the owner's record holds. */
export function countStored(burst: BurstResult, questions: readonly Question[]): StoredCount {
  const byClient = new Map<string, Question[]>();
  for (const q of questions) {
    if (q.source !== 'phone' || !q.clientId) continue;
    byClient.set(q.clientId, [...(byClient.get(q.clientId) ?? []), q]);
  }
  let acked = 0;
  let stored = 0;
  let duplicates = 0;
  let lost = 0;
  let unanswered = 0;
  let refused = 0;
  for (const phone of burst.phones) {
    const found = byClient.get(phone.clientId) ?? [];
    if (found.length > 0) stored += 1;
    if (found.length > 1) duplicates += 1;
    if (phone.ackedId !== null) {
      acked += 1;
      if (!found.some((q) => q.id === phone.ackedId && q.text === phone.text)) lost += 1;
    } else if (phone.refused !== null) refused += 1;
    else unanswered += 1;
  }
  return { acked, stored, duplicates, lost, unanswered, refused };
}
