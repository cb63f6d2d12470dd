import { describe, expect, it } from 'vitest';
import { categoryOptions, draftProblem } from '../../renderer/phone/form';
import { PHONE_ID_KEY, phoneId, randomId } from '../../renderer/phone/ids';
import { startLive, type EventSourceLike } from '../../renderer/phone/live';
import { MINE_MAX, MineBook } from '../../renderer/phone/mine';
import { memoryStore, safeStore } from '../../renderer/phone/storage';
import { resolveToken, tokenFromHash } from '../../renderer/phone/token';
import { manualTime, status } from './fakes';

const bytes = (value: number) => (count: number) => new Uint8Array(count).fill(value);

describe('ids', () => {
  it('are 24 characters the contract accepts', () => {
    expect(randomId(bytes(0))).toBe('A'.repeat(24));
    expect(randomId(bytes(255))).toBe('_'.repeat(24));
    expect(randomId(bytes(70))).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
  });

  it('the phone’s id is made once and kept', () => {
    const store = memoryStore();
    const first = phoneId(store, bytes(1));
    expect(phoneId(store, bytes(2))).toBe(first);
    store.set(PHONE_ID_KEY, 'bad id!');
    expect(phoneId(store, bytes(3))).toBe('D'.repeat(24));
  });
});

describe('storage', () => {
  it('works on in memory when localStorage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    const store = safeStore(() => broken);
    expect(store.get('a')).toBeNull();
    store.set('a', '1');
    expect(store.get('a')).toBe('1');
    store.remove('a');
    expect(store.get('a')).toBeNull();
    const missing = safeStore(() => {
      throw new Error('no window.localStorage');
    });
    missing.set('b', '2');
    expect(missing.get('b')).toBe('2');
  });

  it('reads what another tab wrote, and keeps its own write when the quota refuses it', () => {
    const data: Record<string, string> = {};
    let full = false;
    const local = {
      getItem: (key: string) => data[key] ?? null,
      setItem: (key: string, value: string) => {
        if (full) throw new Error('QuotaExceededError');
        data[key] = value;
      },
      removeItem: (key: string) => delete data[key],
    } as unknown as Storage;
    const store = safeStore(() => local);
    store.set('outbox', 'mine');
    data.outbox = 'other tab';
    expect(store.get('outbox')).toBe('other tab');
    full = true;
    store.set('outbox', 'newer');
    expect(store.get('outbox')).toBe('newer');
    full = false;
    store.set('outbox', 'saved');
    expect(data.outbox).toBe('saved');
  });
});

describe('the token', () => {
  it('comes from #k=, else from the last scan', () => {
    const store = memoryStore();
    expect(tokenFromHash('#k=abcdefghijklmnopqrstuvwx', 'k')).toBe('abcdefghijklmnopqrstuvwx');
    expect(tokenFromHash('#x=1&k=abcdefghijklmnopqrstuvwx', 'k')).toBe('abcdefghijklmnopqrstuvwx');
    expect(tokenFromHash('#k=short', 'k')).toBeNull();
    expect(tokenFromHash('', 'k')).toBeNull();
    expect(resolveToken('', 'k', store)).toBeNull();
    expect(resolveToken('#k=abcdefghijklmnopqrstuvwx', 'k', store)).toBe('abcdefghijklmnopqrstuvwx');
    expect(resolveToken('', 'k', store)).toBe('abcdefghijklmnopqrstuvwx');
  });
});

describe('my questions', () => {
  it('keeps the newest 50, newest first, and what the gateway last said of each', () => {
    const book = new MineBook(memoryStore());
    for (let i = 0; i < MINE_MAX + 5; i += 1) {
      book.record(status({ clientId: `client_${String(i).padStart(16, '0')}`, text: `问题${i}` }));
    }
    expect(book.clientIds()).toHaveLength(MINE_MAX);
    expect(book.list()[0]?.text).toBe(`问题${MINE_MAX + 4}`);
    expect(book.list()).toHaveLength(MINE_MAX);
  });

  it('a refresh replaces what it asked about and keeps one acknowledged meanwhile', () => {
    const book = new MineBook(memoryStore());
    book.record(status({ clientId: 'client_aaaaaaaaaaaaaaaa' }));
    book.record(status({ clientId: 'client_bbbbbbbbbbbbbbbb' }));
    book.record(status({ clientId: 'client_cccccccccccccccc' }));
    book.refresh(
      ['client_aaaaaaaaaaaaaaaa', 'client_bbbbbbbbbbbbbbbb'],
      [status({ clientId: 'client_aaaaaaaaaaaaaaaa', state: 'onScreen' })],
    );
    // b was asked and not returned (another meeting's): hidden; c was not asked: kept.
    expect(book.list().map((s) => [s.clientId, s.state])).toEqual([
      ['client_cccccccccccccccc', 'waiting'],
      ['client_aaaaaaaaaaaaaaaa', 'onScreen'],
    ]);
  });
});

describe('the ask form’s rules', () => {
  it('1 to 500 characters after trimming', () => {
    expect(draftProblem('   ')).toBe('empty');
    expect(draftProblem('好')).toBeNull();
    expect(draftProblem('字'.repeat(500))).toBeNull();
    expect(draftProblem('字'.repeat(501))).toBe('tooLong');
  });

  it('offers the meeting’s categories and the suggestion', () => {
    expect(categoryOptions(['停车管理', '停车管理', ''], '加装电梯')).toEqual(['停车管理', '加装电梯']);
    expect(categoryOptions(['停车管理'], '停车管理')).toEqual(['停车管理']);
  });
});

function fakeStream() {
  const listeners: Record<string, ((event: Event) => void)[]> = {};
  const stream: EventSourceLike & { emit: (type: string) => void; closed: boolean } = {
    onopen: null,
    onmessage: null,
    onerror: null,
    closed: false,
    addEventListener: (type, listener) => (listeners[type] = (listeners[type] ?? []).concat([listener])),
    close: () => (stream.closed = true),
    emit: (type) => {
      const event = new Event(type);
      if (type === 'open') stream.onopen?.(event);
      else if (type === 'error') stream.onerror?.(event);
      else if (type === 'message') stream.onmessage?.(event as MessageEvent);
      for (const listener of listeners[type] ?? []) listener(event);
    },
  };
  return stream;
}

describe('staying current', () => {
  it('polls every 5 s without a stream', () => {
    const time = manualTime();
    let refreshes = 0;
    startLive({ openStream: null, refresh: () => (refreshes += 1), setTimer: time.setTimer });
    expect(time.pending()).toEqual([5000]);
    time.advance(5000);
    time.advance(5000);
    expect(refreshes).toBe(2);
  });

  it('refreshes on "changed", polls slowly while the stream is up and fast once it fails', () => {
    const time = manualTime();
    const stream = fakeStream();
    let refreshes = 0;
    const live = startLive({
      openStream: () => stream,
      refresh: () => (refreshes += 1),
      setTimer: time.setTimer,
      random: () => 0.5,
    });
    stream.emit('open');
    // Every phone hears it at once: each waits its share of the 1 s spread (here 500 ms).
    expect(time.pending()).toEqual([500, 30_000]);
    time.advance(500);
    expect(refreshes).toBe(1);
    expect(time.pending()).toEqual([30_000]);
    stream.emit('message');
    stream.emit('changed');
    time.advance(500);
    // Two announcements within the spread: one refresh.
    expect(refreshes).toBe(2);
    live.poke();
    expect(refreshes).toBe(3);
    expect(live.streaming()).toBe(true);
    stream.emit('error');
    expect(live.streaming()).toBe(false);
    expect(time.pending()).toEqual([5000]);
    live.stop();
    expect(stream.closed).toBe(true);
    expect(time.pending()).toEqual([]);
  });
});
