import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostServer, DEFAULT_BODY_LIMIT, type HostServer } from '../../electron/host/host-server';
import { CONTENT_SECURITY_POLICY } from '../../electron/host/security-headers';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { waitFor } from '../contract/harnesses';
import { rawRequest } from './http-request';

const TOKEN = 'host-test-token-aaaaaaaaaaaaaaaa';
const CHINESE = /[\u4e00-\u9fff]/;
const draft = { title: '卢沟桥街道报告会', level: 'street', startsAt: '2025-03-05T14:30:00+08:00' };

let base: string;
let rendererDir: string;
let store: MemoryDocumentStore;
let services: AppServices;
let server: HostServer;
let port: number;

async function start(extra: Partial<Parameters<typeof createHostServer>[0]> = {}) {
  server = await createHostServer({
    dispatch: services.dispatch,
    events: services.events,
    rendererDir,
    token: TOKEN,
    port: 0,
    host: '127.0.0.1',
    ...extra,
  });
  port = server.port;
}

beforeEach(async () => {
  base = mkdtempSync(join(tmpdir(), 'rbd-host-'));
  rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><div id="root">INDEX</div>');
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log("app")');
  // Outside the served root: must never be readable through the server.
  writeFileSync(join(base, 'secret.txt'), 'TOP-SECRET');
  store = new MemoryDocumentStore();
  services = await openAppServices({ store, dataDir: base, version: 'host-test' });
  await start();
});

afterEach(async () => {
  await server.close();
  await services.close();
  rmSync(base, { recursive: true, force: true });
});

const auth = { Authorization: `Bearer ${TOKEN}` };
const json = { 'Content-Type': 'application/json' };

function post(method: string, body: unknown, headers: Record<string, string> = { ...auth, ...json }) {
  return rawRequest(port, { method: 'POST', path: `/api/${method}`, headers, body: JSON.stringify(body) });
}

describe('host mode API access', () => {
  it('prints a URL with the token in the fragment only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/#token=${TOKEN}`);
  });

  it('answers a call carrying the token', async () => {
    const res = await post('app.info', {});
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({ ok: true, value: { version: 'host-test' } });
  });

  it('refuses a missing or wrong token with 401 and a Chinese message, changing nothing', async () => {
    const attempts: Record<string, string>[] = [
      json,
      { ...json, Authorization: 'Bearer' },
      { ...json, Authorization: `Bearer ${TOKEN.slice(0, -1)}x` },
      { ...json, Authorization: `Bearer ${TOKEN}extra` },
      { ...json, Authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}` },
      { ...json, Authorization: TOKEN },
    ];
    for (const headers of attempts) {
      const res = await post('meetings.create', draft, headers);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.json()).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', message: expect.stringMatching(CHINESE) },
      });
    }
    expect(store.writes).toBe(0);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `127.0.0.2:${port}`,
      `127.0.0.1`,
    ]) {
      const res = await rawRequest(port, {
        method: 'POST',
        path: '/api/meetings.create',
        headers: { ...auth, ...json, Host: host },
        body: JSON.stringify(draft),
      });
      expect(res.status, host).toBe(403);
      expect(res.json()).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringMatching(CHINESE) },
      });
      const page = await rawRequest(port, { path: '/', headers: { Host: host } });
      expect(page.status).toBe(403);
      expect(page.text).not.toContain('INDEX');
    }
    expect((await post('meetings.list', {}, { ...auth, ...json, Host: `localhost:${port}` })).status).toBe(
      200,
    );
    expect(store.writes).toBe(0);
  });

  it('refuses a foreign Origin and accepts its own', async () => {
    for (const origin of [
      'https://evil.example',
      'null',
      `http://127.0.0.1:${port + 1}`,
      `https://127.0.0.1:${port}`,
    ]) {
      const res = await post('meetings.create', draft, { ...auth, ...json, Origin: origin });
      expect(res.status, origin).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(store.writes).toBe(0);
    expect(
      (await post('meetings.create', draft, { ...auth, ...json, Origin: `http://127.0.0.1:${port}` })).status,
    ).toBe(200);
    expect(
      (await post('app.info', {}, { ...auth, ...json, Origin: `http://localhost:${port}` })).status,
    ).toBe(200);
  });

  it('accepts JSON only', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
    ]) {
      const res = await post('meetings.create', draft, { ...auth, 'Content-Type': type });
      expect(res.status, type).toBe(415);
      expect(res.json()).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(/JSON/) },
      });
    }
    const charset = await post(
      'meetings.list',
      {},
      { ...auth, 'Content-Type': 'application/json; charset=utf-8' },
    );
    expect(charset.status).toBe(200);
    const broken = await rawRequest(port, {
      method: 'POST',
      path: '/api/meetings.create',
      headers: { ...auth, ...json },
      body: '{"title": ',
    });
    expect(broken.status).toBe(400);
    expect(broken.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/不是有效的 JSON/) },
    });
    expect(store.writes).toBe(0);
  });

  it('refuses an oversized body, declared or streamed, with too_large', async () => {
    const big = JSON.stringify({ ...draft, notes: '长'.repeat(DEFAULT_BODY_LIMIT / 2) });
    expect(Buffer.byteLength(big)).toBeGreaterThan(DEFAULT_BODY_LIMIT);
    for (const chunked of [false, true]) {
      const res = await rawRequest(port, {
        method: 'POST',
        path: '/api/meetings.create',
        headers: { ...auth, ...json },
        body: big,
        chunked,
      });
      expect(res.status).toBe(413);
      expect(res.json()).toMatchObject({
        ok: false,
        error: { code: 'too_large', message: expect.stringMatching(/过大.*1 MB/) },
      });
    }
    expect(store.writes).toBe(0);
  });

  it('lets imports.preview alone carry a file larger than the default limit', async () => {
    const twoMiB = 'A'.repeat(2 * 1024 * 1024);
    // The base64 is valid but the bytes are no spreadsheet: the importer, not the transport, refuses it.
    const preview = await post('imports.preview', {
      meetingId: 'm-nothere',
      jobId: 'j1',
      fileName: '工单.xlsx',
      dataBase64: twoMiB,
    });
    expect(preview.status).toBe(200);
    expect(preview.json()).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/找不到会议/) },
    });
    const create = await post('meetings.create', { ...draft, notes: twoMiB });
    expect(create.status).toBe(413);
    expect(create.json()).toMatchObject({
      ok: false,
      error: { code: 'too_large', message: expect.stringMatching(/过大.*1 MB/) },
    });
    expect(store.writes).toBe(0);
  });

  it('accepts POST only on methods, and names unknown methods through the dispatcher', async () => {
    const get = await rawRequest(port, { path: '/api/meetings.list', headers: auth });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const unknown = await post('meetings.drop', {});
    expect(unknown.json()).toMatchObject({
      ok: false,
      error: { code: 'unknown_method', message: expect.stringMatching(/未知的接口/) },
    });
    const proto = await post('__proto__', {});
    expect(proto.json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('drops a client that never finishes its headers', async () => {
    await server.close();
    await start({ headersTimeoutMs: 200 });
    const closed = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`),
      );
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', () => undefined);
    });
    expect(closed).toMatch(/^HTTP\/1\.1 408|^$/);
  });
});

describe('host mode static files', () => {
  it('serves the renderer with security headers and falls back to index.html for app routes', async () => {
    const page = await rawRequest(port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('INDEX');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const script = await rawRequest(port, { path: '/assets/app-1234.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.text).toBe('console.log("app")');
    expect((await rawRequest(port, { path: '/meetings/m1/workbench?tab=live' })).text).toContain('INDEX');
    expect((await rawRequest(port, { path: '/assets/missing.js' })).status).toBe(404);
    expect(
      (await rawRequest(port, { method: 'POST', path: '/index.html', headers: json, body: '{}' })).status,
    ).toBe(405);
  });

  it('never serves a file outside its root', async () => {
    symlinkSync(join(base, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
    const paths = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/%2e%2e%5c%2e%2e%5csecret.txt',
      '/%00/../secret.txt',
      '/assets/link.txt',
      `/${encodeURIComponent(join(base, 'secret.txt'))}`,
      '//secret.txt',
      `//127.0.0.1:${port}/../secret.txt`,
    ];
    for (const path of paths) {
      const res = await rawRequest(port, { path });
      expect(res.text, path).not.toContain('TOP-SECRET');
      expect([400, 404], path).toContain(res.status);
    }
  });

  it('says in Chinese when the renderer has not been built', async () => {
    await server.close();
    await start({ rendererDir: join(base, 'not-built') });
    const res = await rawRequest(port, { path: '/' });
    expect(res.status).toBe(503);
    expect(res.text).toContain('npm run build');
  });
});

describe('host mode events (SSE)', () => {
  function openStream(headers: Record<string, string>) {
    return new Promise<{ status: number; chunks: string[]; close(): void }>((resolve, reject) => {
      const controller = new AbortController();
      fetch(`http://127.0.0.1:${port}/api/events`, { headers, signal: controller.signal })
        .then(async (res) => {
          const chunks: string[] = [];
          resolve({ status: res.status, chunks, close: () => controller.abort() });
          if (!res.body) return;
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            chunks.push(value);
          }
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) reject(error);
        });
    });
  }

  it('refuses a stream without the token', async () => {
    const stream = await openStream({});
    expect(stream.status).toBe(401);
    expect(server.eventStreamCount).toBe(0);
  });

  it('delivers service events and heartbeats, and cleans up when the client goes away', async () => {
    await server.close();
    await start({ heartbeatMs: 30 });
    const stream = await openStream(auth);
    expect(stream.status).toBe(200);
    await waitFor(() => server.eventStreamCount === 1);
    const created = (await post('meetings.create', draft)).json() as { value: { id: string } };
    await waitFor(() => stream.chunks.join('').includes('event: meetings.changed'));
    expect(stream.chunks.join('')).toContain(
      `event: meetings.changed\ndata: {"id":"${created.value.id}"}\n\n`,
    );
    await waitFor(() => stream.chunks.join('').includes(': heartbeat'));
    stream.close();
    await waitFor(() => server.eventStreamCount === 0);
  });

  it('ends open streams when the server closes', async () => {
    const stream = await openStream(auth);
    await waitFor(() => server.eventStreamCount === 1);
    await server.close();
    expect(server.eventStreamCount).toBe(0);
    stream.close();
  });
});
