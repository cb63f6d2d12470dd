import { describe, expect, it } from 'vitest';
import { backoffMs, classify, retryAfterMs } from '../../renderer/phone/http';

const error = (code: string, message = '原因') => JSON.stringify({ ok: false, error: { code, message } });

describe('how the page reads the gateway’s answers', () => {
  it('a Result ok is done', () => {
    expect(classify(200, JSON.stringify({ ok: true, value: { a: 1 } }), null)).toEqual({
      kind: 'ok',
      value: { a: 1 },
    });
  });

  it('401 asks for a scan; 429 waits Retry-After; 503 and network trouble retry', () => {
    expect(classify(401, error('unauthorized'), null)).toEqual({ kind: 'token' });
    expect(classify(429, error('rate_limited'), 2000)).toEqual({
      kind: 'retry',
      reason: 'busy',
      retryAfterMs: 2000,
    });
    expect(classify(503, error('unavailable'), null)).toEqual({
      kind: 'retry',
      reason: 'unavailable',
      retryAfterMs: null,
    });
    expect(classify(0, '', null)).toEqual({ kind: 'retry', reason: 'network', retryAfterMs: null });
    expect(classify(502, '<html>Bad gateway</html>', null)).toMatchObject({
      kind: 'retry',
      reason: 'unavailable',
    });
    expect(classify(500, error('storage_failed'), null)).toMatchObject({ kind: 'retry' });
  });

  it('a refusal on purpose is final, in the gateway’s words', () => {
    expect(classify(400, error('invalid_input', '请填写问题内容'), null)).toEqual({
      kind: 'refused',
      code: 'invalid_input',
      message: '请填写问题内容',
    });
    expect(classify(413, error('too_large', '内容太长'), null)).toMatchObject({
      kind: 'refused',
      code: 'too_large',
    });
    expect(classify(413, '', null)).toMatchObject({ kind: 'refused', code: 'too_large' });
  });

  it('Retry-After in seconds or as a date', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs('1.5', 0)).toBe(1500);
    expect(retryAfterMs(null, 0)).toBeNull();
    expect(retryAfterMs('soon', 0)).toBeNull();
    const now = Date.parse('2026-12-02T02:00:00Z');
    expect(retryAfterMs('Wed, 02 Dec 2026 02:00:05 GMT', now)).toBe(5000);
  });

  it('backs off by Retry-After when given, else doubling with jitter', () => {
    expect(backoffMs(1, 2000, () => 0)).toBe(2000);
    expect(backoffMs(1, 2000, () => 0.999)).toBe(2499);
    expect(backoffMs(3, null, () => 0)).toBe(2000);
    expect(backoffMs(3, null, () => 0.999)).toBeLessThanOrEqual(4000);
    expect(backoffMs(20, null, () => 0.999)).toBeLessThanOrEqual(30_000);
  });
});
