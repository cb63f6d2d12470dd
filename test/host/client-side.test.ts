import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHostServer } from '../../electron/host/host-server';
import { openAppServices } from '../../electron/services/app-services';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { createApiClient } from '../../shared/api';
import { createHttpTransport } from '../../renderer/api/http-transport';
import { takeSessionToken, TOKEN_STORAGE_KEY } from '../../renderer/api/session-token';
import { createSseParser, type ServerSentEvent } from '../../renderer/api/sse-parser';
import { stubRenderer, waitFor } from '../contract/harnesses';

function place(url: string, stored: Record<string, string> = {}) {
  const parsed = new URL(url);
  const location = { hash: parsed.hash, pathname: parsed.pathname, search: parsed.search };
  const replaced: string[] = [];
  const storage = new Map(Object.entries(stored));
  return {
    replaced,
    storage,
    place: {
      location,
      history: {
        state: null,
        replaceState: (_state: unknown, _title: string, next?: string | URL | null) =>
          void replaced.push(String(next)),
      },
      storage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => void storage.set(key, value),
      },
    },
  };
}

describe('the session token in the address', () => {
  it('is taken from the fragment, kept for the tab and removed from the address bar', () => {
    const page = place('http://127.0.0.1:4000/?lang=zh#token=abc123');
    expect(takeSessionToken(page.place)).toBe('abc123');
    expect(page.storage.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(page.replaced).toEqual(['/?lang=zh']);
  });

  it('keeps other fragment parts', () => {
    const page = place('http://127.0.0.1:4000/#token=abc&view=projector');
    expect(takeSessionToken(page.place)).toBe('abc');
    expect(page.replaced).toEqual(['/#view=projector']);
  });

  it('is read back from the tab storage after a reload, without touching the address', () => {
    const page = place('http://127.0.0.1:4000/meetings', { [TOKEN_STORAGE_KEY]: 'kept' });
    expect(takeSessionToken(page.place)).toBe('kept');
    expect(page.replaced).toEqual([]);
    expect(takeSessionToken(place('http://127.0.0.1:4000/').place)).toBeNull();
  });
});

describe('the SSE parser', () => {
  it('parses events split across chunks, CRLF, comments and multi-line data', () => {
    const seen: ServerSentEvent[] = [];
    const feed = createSseParser((event) => seen.push(event));
    const text =
      ': connected\n\nevent: meetings.changed\ndata: {"id":"m1"}\n\n: heartbeat\n\nevent: office.changed\r\ndata: {}\r\n\r\ndata: a\ndata: b\n\n';
    for (const char of text) feed(char);
    expect(seen).toEqual([
      { event: 'meetings.changed', data: '{"id":"m1"}' },
      { event: 'office.changed', data: '{}' },
      { event: 'message', data: 'a\nb' },
    ]);
  });
});

describe('the HTTP transport', () => {
  it('reconnects its event stream after a server restart and tells screens to reload', async () => {
    const services = await openAppServices({
      store: new MemoryDocumentStore(),
      dataDir: '/mem',
      version: 't',
    });
    const rendererDir = stubRenderer();
    const token = 'reconnect-token';
    const options = {
      dispatch: services.dispatch,
      events: services.events,
      rendererDir,
      token,
      host: '127.0.0.1' as const,
    };
    let server = await createHostServer({ ...options, port: 0 });
    const port = server.port;
    const transport = createHttpTransport({
      baseUrl: server.origin,
      token,
      retry: { initialMs: 10, maxMs: 50 },
    });
    const api = createApiClient(transport);
    const changes: (string | null)[] = [];
    api.on('meetings.changed', ({ id }) => changes.push(id));
    const opinionChanges: (string | null)[] = [];
    api.on('opinions.changed', ({ meetingId }) => opinionChanges.push(meetingId));
    const heard = new Set<string>();
    const stopHearing = transport.subscribe((event) => heard.add(event));
    try {
      await waitFor(() => server.eventStreamCount === 1);
      // The first opening resyncs too: what was read before the stream opened may have missed events.
      await waitFor(() => changes.includes(null) && opinionChanges.includes(null));
      changes.length = 0;
      opinionChanges.length = 0;
      heard.clear();
      await server.close();
      server = await createHostServer({ ...options, port });
      await waitFor(() => server.eventStreamCount === 1);
      // Events sent while it was down are lost: the transport asks every screen to reload.
      await waitFor(() => changes.includes(null));
      // Opinion screens included: in host mode they would otherwise stay stale until reloaded.
      expect(opinionChanges).toEqual([null]);
      expect([...heard].sort()).toEqual([
        'followUps.changed',
        'gateway.changed',
        'live.changed',
        'meetings.changed',
        'notices.changed',
        'office.changed',
        'opinions.changed',
        'preferences.changed',
        'presentation.changed',
        'projects.changed',
        'report.changed',
      ]);
      const created = await api.call('meetings.create', {
        title: '重连后的会议',
        level: 'topic',
        startsAt: '2025-04-01T09:00:00+08:00',
      });
      expect(created.ok).toBe(true);
      await waitFor(() => changes.length === 2);
      expect(changes).toEqual([null, created.ok ? created.value.id : 'x']);
    } finally {
      stopHearing();
      transport.close();
      await server.close();
      await services.close();
      rmSync(rendererDir, { recursive: true, force: true });
    }
  });

  it('shows the server refusal when the token is missing', async () => {
    const services = await openAppServices({
      store: new MemoryDocumentStore(),
      dataDir: '/mem',
      version: 't',
    });
    const rendererDir = stubRenderer();
    const server = await createHostServer({
      dispatch: services.dispatch,
      events: services.events,
      rendererDir,
      token: 'x',
      port: 0,
    });
    try {
      const api = createApiClient(createHttpTransport({ baseUrl: server.origin, token: null }));
      expect(await api.call('app.info', {})).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', message: expect.stringMatching(/访问令牌/) },
      });
    } finally {
      await server.close();
      await services.close();
      rmSync(rendererDir, { recursive: true, force: true });
    }
  });
});
