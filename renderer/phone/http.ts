import type { PhoneInput, PhoneMethod, PhoneOutput } from '../../shared/api/phone-contract';
import { PHONE_WIRE as PHONE_HTTP } from './wire';

/**
 * What became of one call, as the page acts on it: done; worth retrying (the hall is busy, the gateway
 * lost the app, the Wi-Fi dropped); the token refused (scan the QR again); or refused for good.
 */
export type Outcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'retry'; reason: 'busy' | 'unavailable' | 'network'; retryAfterMs: number | null }
  | { kind: 'token' }
  | { kind: 'refused'; code: string; message: string };

export type PhoneCall = <M extends PhoneMethod>(
  method: M,
  input: PhoneInput<M>,
) => Promise<Outcome<PhoneOutput<M>>>;

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(parseFloat(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return isNaN(at) ? null : Math.max(0, at - now);
}

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

function envelope(text: string): Envelope | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const body = parsed as { ok?: unknown; value?: unknown; error?: unknown };
  if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
  const error = body.error as { code?: unknown; message?: unknown } | undefined;
  if (body.ok === false && error && typeof error.code === 'string') {
    return {
      ok: false,
      error: { code: error.code, message: typeof error.message === 'string' ? error.message : '' },
    };
  }
  return null;
}

/** Errors of the moment, on the gateway's or the owner's side: the same request may well pass later. */
const TRANSIENT_CODES = ['rate_limited', 'unavailable', 'internal', 'storage_failed', 'timeout'];

/** The HTTP answer as the page acts on it. Status 0 is XHR's "no answer at all". */
export function classify<T>(status: number, text: string, retryAfter: number | null): Outcome<T> {
  if (status === 0) return { kind: 'retry', reason: 'network', retryAfterMs: null };
  const body = envelope(text);
  if (status === 401 || (body && !body.ok && body.error.code === 'unauthorized')) return { kind: 'token' };
  if (status === 429 || (body && !body.ok && body.error.code === 'rate_limited')) {
    return { kind: 'retry', reason: 'busy', retryAfterMs: retryAfter };
  }
  if (status >= 200 && status < 300 && body && body.ok) return { kind: 'ok', value: body.value as T };
  if (body && !body.ok && TRANSIENT_CODES.indexOf(body.error.code) < 0) {
    return { kind: 'refused', code: body.error.code, message: body.error.message };
  }
  if (status === 413) return { kind: 'refused', code: 'too_large', message: '' };
  // 5xx, a proxy's page, a truncated body: nothing was refused on purpose, so try again.
  return { kind: 'retry', reason: 'unavailable', retryAfterMs: retryAfter };
}

export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * POST /p/<method> with the token header, by XMLHttpRequest: every target browser has it, it reports
 * the status and Retry-After plainly, and it has a time-out of its own.
 */
export function xhrCall(token: string, now: () => number = () => Date.now()): PhoneCall {
  return (method, input) =>
    new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      let settled = false;
      const finish = (outcome: Outcome<never> | Outcome<unknown>) => {
        if (settled) return;
        settled = true;
        resolve(outcome as never);
      };
      try {
        xhr.open('POST', PHONE_HTTP.apiPrefix + method, true);
        xhr.setRequestHeader('Content-Type', 'application/json');
        xhr.setRequestHeader(PHONE_HTTP.tokenHeader, token);
        xhr.timeout = REQUEST_TIMEOUT_MS;
      } catch {
        finish({ kind: 'retry', reason: 'network', retryAfterMs: null });
        return;
      }
      xhr.onload = () =>
        finish(
          classify(xhr.status, xhr.responseText, retryAfterMs(xhr.getResponseHeader('Retry-After'), now())),
        );
      xhr.onerror = () => finish({ kind: 'retry', reason: 'network', retryAfterMs: null });
      xhr.ontimeout = () => finish({ kind: 'retry', reason: 'network', retryAfterMs: null });
      xhr.onabort = () => finish({ kind: 'retry', reason: 'network', retryAfterMs: null });
      try {
        xhr.send(JSON.stringify(input));
      } catch {
        finish({ kind: 'retry', reason: 'network', retryAfterMs: null });
      }
    });
}

/** The back-off before the next try: the gateway's Retry-After when it gave one, else doubling to 30 s. */
export function backoffMs(attempt: number, retryAfter: number | null, random: () => number): number {
  const jitter = Math.floor(random() * 500);
  if (retryAfter !== null) return retryAfter + jitter;
  const base = Math.min(30_000, 1000 * Math.pow(2, Math.max(0, attempt - 1)));
  // Half to all of the doubled wait: phones that failed together do not come back together.
  return Math.floor(base / 2 + (random() * base) / 2);
}
