import { describe, expect, it } from 'vitest';
import { secondWindowAddress, takeSessionToken } from '../../renderer/api/session-token';
import { dateWithoutTime } from '../../renderer/screens/meetings/start-time-input';

describe('a date typed without a time', () => {
  it('is recognised in the forms people type, as YYYY-MM-DD', () => {
    expect(dateWithoutTime('2025-03-05')).toBe('2025-03-05');
    expect(dateWithoutTime(' 2025/3/5 ')).toBe('2025-03-05');
    expect(dateWithoutTime('2025.3.5')).toBe('2025-03-05');
    expect(dateWithoutTime('2025年3月5日')).toBe('2025-03-05');
  });

  it('is not mistaken for a full date and time, nor for an impossible date', () => {
    expect(dateWithoutTime('2025-03-05 14:30')).toBeNull();
    expect(dateWithoutTime('2025-02-30')).toBeNull();
    expect(dateWithoutTime('明天')).toBeNull();
    expect(dateWithoutTime('')).toBeNull();
  });
});

describe('the second-window address', () => {
  it('carries the token after #, and a window opened with it takes the same token', () => {
    const address = secondWindowAddress({ origin: 'http://127.0.0.1:43210', pathname: '/' }, 'tok_en-123');
    expect(address).toBe('http://127.0.0.1:43210/#token=tok_en-123');
    const url = new URL(address);
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    const token = takeSessionToken({
      location: { hash: url.hash, pathname: url.pathname, search: url.search },
      history: { state: null, replaceState: (_state, _title, to) => void replaced.push(String(to)) },
      storage: { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) },
    });
    expect(token).toBe('tok_en-123');
    expect(replaced).toEqual(['/']);
  });
});
