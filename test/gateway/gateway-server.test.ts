import { rmSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { connect, createServer as createNetServer, type Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, type Result } from '../../shared/api/result';
import {
  createGatewayServer,
  GATEWAY_CSP,
  GatewayListenError,
  type GatewayServer,
  type GatewayServerOptions,
} from '../../electron/gateway/gateway-server';
import { loadPhoneFiles } from '../../electron/gateway/phone-files';
import { gatewayRequest, makePhoneDir, PAGE, phoneId, type GatewayRequest } from './gateway-request';

const TOKEN = 'gate-token-AAAAAAAAAAAAAAAAAAAAAA';
const CHINESE = /[\u4e00-\u9fff]/;
const json = { 'Content-Type': 'application/json' };
const auth = { 'x-gate-token': TOKEN };

let base: string;
let phoneDir: string;
let server: GatewayServer;
let calls: Array<{ method: string; input: unknown }>;
let answer: (method: string, input: unknown) => Promise<Result<unknown>>;
const servers: GatewayServer[] = [];

async function start(extra: Partial<GatewayServerOptions> = {}): Promise<GatewayServer> {
  const started = await createGatewayServer({
    address: '127.0.0.1',
    port: 0,
    token: TOKEN,
    phoneFiles: loadPhoneFiles(phoneDir),
    call: (method, input) => {
      calls.push({ method, input });
      return answer(method, input);
    },
    limits: { notifyCoalesceMs: 0 },
    ...extra,
  });
  servers.push(started);
  return started;
}

function send(options: Partial<GatewayRequest> & { path: string }) {
  return gatewayRequest({ address: server.address, port: server.port, ...options });
}

function post(method: string, body: unknown, headers: Record<string, string> = { ...auth, ...json }) {
  return send({ method: 'POST', path: `/p/${method}`, headers, body: JSON.stringify(body) });
}

const viewInput = { phoneId: phoneId(1) };

beforeEach(async () => {
  ({ base, phoneDir } = makePhoneDir());
  calls = [];
  answer = async (method, input) => ok({ method, input });
  server = await start();
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  rmSync(base, { recursive: true, force: true });
});

function errorOf(response: { json(): unknown }) {
  return (response.json() as { ok: false; error: { code: string; message: string } }).error;
}

describe('the phone page', () => {
  it('serves index.html for / and the two assets with their content types', async () => {
    const index = await send({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.text).toBe(PAGE.index);
    const js = await send({ path: '/phone.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.text).toBe(PAGE.js);
    const css = await send({ path: '/phone.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.text).toBe(PAGE.css);
  });

  it('sends the gzip copy when the browser accepts it, and the plain one otherwise', async () => {
    const zipped = await send({ path: '/phone.js', headers: { 'Accept-Encoding': 'gzip, deflate' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(PAGE.js.length);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(PAGE.js);
    const refused = await send({ path: '/phone.js', headers: { 'Accept-Encoding': 'gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.text).toBe(PAGE.js);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await send({ path: '/phone.css' });
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^".+"$/);
    const again = await send({ path: '/phone.css', headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('refuses to start without the built page, naming the missing file', () => {
    rmSync(`${phoneDir}/phone.js`);
    expect(() => loadPhoneFiles(phoneDir)).toThrow(/找不到手机提问页面的文件.*phone\.js/);
  });
});

describe('security headers', () => {
  it('are on every response: page, call, refusal, 404 and 429', async () => {
    const responses = [
      await send({ path: '/' }),
      await post('view', viewInput),
      await post('view', viewInput, json),
      await send({ path: '/nothing' }),
      await send({ path: '/', host: 'evil.example' }),
    ];
    for (const response of responses) {
      expect(response.headers['content-security-policy']).toBe(GATEWAY_CSP);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
    }
    expect(GATEWAY_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('the meeting token', () => {
  it('forwards a call that carries it, as a Result', async () => {
    const response = await post('view', viewInput);
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ ok: true, value: { method: 'view', input: viewInput } });
    expect(calls).toEqual([{ method: 'view', input: viewInput }]);
  });

  it('refuses a call without it (401, Chinese, scan the QR again) and forwards nothing', async () => {
    const response = await post('view', viewInput, json);
    expect(response.status).toBe(401);
    expect(errorOf(response).code).toBe('unauthorized');
    expect(errorOf(response).message).toMatch(/二维码/);
    expect(calls).toEqual([]);
  });

  it('refuses a wrong token', async () => {
    const response = await post('view', viewInput, { ...json, 'x-gate-token': `${TOKEN.slice(0, -1)}B` });
    expect(response.status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('refuses the old token once the server is started with a new one (a new meeting, a new QR)', async () => {
    const port = server.port;
    expect((await post('view', viewInput)).status).toBe(200);
    await server.close();
    const NEW_TOKEN = 'gate-token-BBBBBBBBBBBBBBBBBBBBBB';
    server = await start({ port, token: NEW_TOKEN });
    expect(server.port).toBe(port);
    const old = await post('view', viewInput);
    expect(old.status).toBe(401);
    const fresh = await post('view', viewInput, { ...json, 'x-gate-token': NEW_TOKEN });
    expect(fresh.status).toBe(200);
  });

  it('takes the token only from its header for calls, never from the query (401)', async () => {
    const response = await send({
      method: 'POST',
      path: `/p/view?k=${TOKEN}`,
      headers: json,
      body: JSON.stringify(viewInput),
    });
    expect(response.status).toBe(401);
    expect(calls).toEqual([]);
  });
});

describe('Host and Origin', () => {
  it('refuses a foreign Host (DNS rebinding), localhost and another port', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `localhost:${server.port}`,
      '127.0.0.1:1',
    ]) {
      const response = await post('view', viewInput, { ...auth, ...json, Host: host });
      expect(response.status, host).toBe(403);
      expect(errorOf(response).message).toMatch(CHINESE);
    }
    expect(calls).toEqual([]);
  });

  it('refuses a foreign Origin and accepts its own', async () => {
    const foreign = await post('view', viewInput, { ...auth, ...json, Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(errorOf(foreign).code).toBe('forbidden');
    const otherPort = await post('view', viewInput, { ...auth, ...json, Origin: 'http://127.0.0.1:1' });
    expect(otherPort.status).toBe(403);
    expect(calls).toEqual([]);
    const own = await post('view', viewInput, { ...auth, ...json, Origin: server.origin });
    expect(own.status).toBe(200);
  });

  it('accepts a bracketed IPv6 Host when listening on an IPv6 address', async () => {
    server = await start({ address: '::1' });
    expect(server.origin).toBe(`http://[::1]:${server.port}`);
    const response = await gatewayRequest({
      address: '::1',
      port: server.port,
      method: 'POST',
      path: '/p/view',
      host: `[::1]:${server.port}`,
      headers: { ...auth, ...json, Origin: server.origin },
      body: JSON.stringify(viewInput),
    });
    expect(response.status).toBe(200);
    const unbracketed = await gatewayRequest({
      address: '::1',
      port: server.port,
      path: '/',
      host: `::1:${server.port}`,
    });
    expect(unbracketed.status).toBe(403);
  });
});

describe('request shape', () => {
  it('refuses a body that is not JSON by its content type (415)', async () => {
    const response = await send({
      method: 'POST',
      path: '/p/view',
      headers: { ...auth, 'Content-Type': 'text/plain' },
      body: JSON.stringify(viewInput),
    });
    expect(response.status).toBe(415);
    expect(calls).toEqual([]);
  });

  it('refuses a body over 4 KB with 413 and closes the connection', async () => {
    const response = await post('submit', { text: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(errorOf(response).code).toBe('too_large');
    expect(response.headers.connection).toBe('close');
    expect(calls).toEqual([]);
  });

  it('refuses invalid JSON and invalid UTF-8 (400)', async () => {
    const badJson = await send({
      method: 'POST',
      path: '/p/view',
      headers: { ...auth, ...json },
      body: '{"phoneId":',
    });
    expect(badJson.status).toBe(400);
    const badUtf8 = await send({
      method: 'POST',
      path: '/p/view',
      headers: { ...auth, ...json },
      body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(badUtf8.status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('takes GET for pages and events, POST for calls (405 otherwise)', async () => {
    expect((await send({ method: 'POST', path: '/', headers: json, body: '{}' })).status).toBe(405);
    expect((await send({ method: 'GET', path: '/p/view', headers: auth })).status).toBe(405);
    expect((await send({ method: 'DELETE', path: '/p/submit', headers: auth })).status).toBe(405);
    expect(
      (await send({ method: 'POST', path: `/p/events?k=${TOKEN}`, headers: json, body: '{}' })).status,
    ).toBe(405);
    expect(calls).toEqual([]);
  });
});

describe('paths', () => {
  const traversals = [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/phone.js/../../secret.txt',
    '/p/../../secret.txt',
    '/p/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/.env',
    '/%2eenv',
    '//evil.example/secret.txt',
    '/index.html',
    '/phone.js%00',
    '/PHONE.JS',
    '/phone.js/',
    '/phone/',
    '/phone',
    'http://127.0.0.1/secret.txt',
  ];

  it.each(traversals)('%s → 404 with no file content', async (path) => {
    const response = await send({ path, headers: auth });
    expect(response.status).toBe(404);
    expect(response.text).not.toMatch(/TOP-SECRET|SECRET=dotfile|console\.log|<!doctype/);
    expect(errorOf(response).message).toMatch(CHINESE);
  });

  const operatorPaths = [
    ['POST', '/api/meetings.list'],
    ['POST', '/api/gateway.open'],
    ['GET', '/api/events'],
    ['GET', '/api'],
    ['POST', '/p/meetings.list'],
    ['POST', '/p/gateway.close'],
    ['POST', '/p/questions.approve'],
    ['POST', '/p/constructor'],
    ['POST', '/p/__proto__'],
    ['POST', '/p/view/'],
    ['POST', '/p/%76iew'],
    ['POST', '/p/nope'],
  ] as const;

  it.each(operatorPaths)(
    '%s %s (operator API or no phone method) → 404, nothing forwarded',
    async (method, path) => {
      const response = await send({
        method,
        path,
        headers: { ...auth, ...json, Authorization: `Bearer ${TOKEN}` },
        body: method === 'POST' ? JSON.stringify({}) : undefined,
      });
      expect(response.status).toBe(404);
      expect(errorOf(response).code).toBe('not_found');
      expect(calls).toEqual([]);
    },
  );
});

describe('rate limits', () => {
  it('answers a flood from one address with 429 + Retry-After while another address gets through', async () => {
    server = await start({ limits: { burstPerClient: 10, refillPerSecond: 1 } });
    const fromA = [];
    for (let i = 0; i < 30; i++) fromA.push(await send({ ...postOptions(), localAddress: '127.0.0.2' }));
    const limited = fromA.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(15);
    expect(fromA.slice(0, 10).every((r) => r.status === 200)).toBe(true);
    const refusal = limited[0]!;
    expect(Number(refusal.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(errorOf(refusal).code).toBe('rate_limited');
    expect(errorOf(refusal).message).toMatch(CHINESE);
    const fromB = await send({ ...postOptions(), localAddress: '127.0.0.3' });
    expect(fromB.status).toBe(200);
  });

  it('answers 429 + Retry-After past the calls in flight to the owner, and the held ones complete', async () => {
    server = await start({ limits: { maxInFlight: 2 } });
    const held: Array<() => void> = [];
    answer = (method, input) => new Promise((resolve) => held.push(() => resolve(ok({ method, input }))));
    const first = send({ ...postOptions(), localAddress: '127.0.0.4' });
    const second = send({ ...postOptions(), localAddress: '127.0.0.5' });
    await waitUntil(() => server.inFlight === 2);
    const third = await send({ ...postOptions(), localAddress: '127.0.0.6' });
    expect(third.status).toBe(429);
    expect(third.headers['retry-after']).toBe('1');
    expect(errorOf(third).code).toBe('rate_limited');
    held.forEach((release) => release());
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(calls.length).toBe(2);
  });

  it('answers 503 unavailable when the owner does not answer in time', async () => {
    server = await start({ limits: { callTimeoutMs: 150 } });
    answer = () => new Promise(() => undefined);
    const response = await post('view', viewInput);
    expect(response.status).toBe(503);
    expect(errorOf(response).code).toBe('unavailable');
    expect(errorOf(response).message).toMatch(CHINESE);
  });

  it('refuses connections past the per-address cap with a 429 Result', async () => {
    server = await start({ limits: { maxConnectionsPerClient: 2 } });
    const held = [await openSocket(server.port, '127.0.0.7'), await openSocket(server.port, '127.0.0.7')];
    const third = await openSocket(server.port, '127.0.0.7');
    const answerText = await readUntilClosed(third);
    expect(answerText).toMatch(/^HTTP\/1\.1 429/);
    expect(answerText).toContain('"code":"rate_limited"');
    // Another address is not affected.
    expect((await send({ path: '/', localAddress: '127.0.0.8' })).status).toBe(200);
    held.forEach((socket) => socket.destroy());
  });

  it('drops connections past the total cap', async () => {
    server = await start({ limits: { maxConnections: 2 } });
    const held = [await openSocket(server.port, '127.0.0.13'), await openSocket(server.port, '127.0.0.14')];
    const third = await openSocket(server.port, '127.0.0.15');
    await readUntilClosed(third);
    held.forEach((socket) => socket.destroy());
  });
});

describe('time-outs', () => {
  it('cuts off a client that dribbles its headers (slowloris)', async () => {
    server = await start({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    const socket = await openSocket(server.port, '127.0.0.9');
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`);
    const dribble = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 100);
    try {
      const text = await readUntilClosed(socket, 3_000);
      expect(text).toMatch(/^HTTP\/1\.1 408/);
      expect(text).toContain(GATEWAY_CSP);
      expect(text).not.toContain('<!doctype');
    } finally {
      clearInterval(dribble);
    }
  });

  it('cuts off a client that dribbles its body and forwards nothing', async () => {
    server = await start({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    const socket = await openSocket(server.port, '127.0.0.10');
    socket.write(
      `POST /p/view HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nx-gate-token: ${TOKEN}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{',
    );
    const dribble = setInterval(() => socket.writable && socket.write(' '), 100);
    try {
      const text = await readUntilClosed(socket, 3_000);
      expect(text).toMatch(/^HTTP\/1\.1 408/);
      expect(text).toContain('"code":"timeout"');
    } finally {
      clearInterval(dribble);
    }
    expect(calls).toEqual([]);
  });
});

describe('the event stream', () => {
  it('sends a content-free `changed` after notify', async () => {
    const stream = await openStream(server.port, `/p/events?k=${TOKEN}`);
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toMatch(/^text\/event-stream/);
    await stream.waitFor(': connected');
    server.notify();
    await stream.waitFor('event: changed\ndata: {}\n\n');
    stream.res.destroy();
  });

  it('refuses a stream with a wrong or missing token', async () => {
    expect((await send({ path: '/p/events?k=wrong' })).status).toBe(401);
    expect((await send({ path: '/p/events' })).status).toBe(401);
  });

  it('holds at most a few streams per address', async () => {
    server = await start({ limits: { maxStreamsPerClient: 2 } });
    const open = [
      await openStream(server.port, `/p/events?k=${TOKEN}`, '127.0.0.11'),
      await openStream(server.port, `/p/events?k=${TOKEN}`, '127.0.0.11'),
    ];
    const third = await send({ path: `/p/events?k=${TOKEN}`, localAddress: '127.0.0.11' });
    expect(third.status).toBe(429);
    expect(errorOf(third).code).toBe('rate_limited');
    expect((await openStream(server.port, `/p/events?k=${TOKEN}`, '127.0.0.12')).res.statusCode).toBe(200);
    open.forEach((s) => s.res.destroy());
  });
});

describe('binding', () => {
  it('listens only on its address: the same port on 127.0.0.1 refuses the connection', async () => {
    server = await start({ address: '127.0.0.2' });
    const here = await gatewayRequest({ address: '127.0.0.2', port: server.port, path: '/' });
    expect(here.status).toBe(200);
    await expect(
      gatewayRequest({ address: '127.0.0.1', port: server.port, path: '/' }),
    ).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('says in Chinese that the port is taken', async () => {
    const blocker = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await start({ port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GatewayListenError);
      expect((error as Error).message).toContain(`端口 ${port} 已被占用`);
    } finally {
      blocker.close();
    }
  });

  it('says in Chinese that the address is gone', async () => {
    const error = await start({ address: '192.0.2.1' }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('这台电脑上已没有地址 192.0.2.1');
  });
});

function postOptions(): GatewayRequest & { path: string } {
  return {
    port: server.port,
    address: server.address,
    method: 'POST',
    path: '/p/view',
    headers: { ...auth, ...json },
    body: JSON.stringify(viewInput),
  };
}

async function waitUntil(predicate: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function openSocket(port: number, localAddress: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Everything the server sends until it closes the connection; rejects if it is still open after `ms`. */
function readUntilClosed(socket: Socket, ms = 5_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('the server kept the connection open'));
    }, ms);
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(text);
    });
  });
}

function openStream(port: number, path: string, localAddress = '127.0.0.1') {
  return new Promise<{ res: IncomingMessage; waitFor(text: string): Promise<void> }>((resolve, reject) => {
    const req = httpGet(
      { host: '127.0.0.1', port, path, localAddress, agent: false, headers: { Host: `127.0.0.1:${port}` } },
      (res) => {
        let received = '';
        const waiters: Array<{ text: string; done: () => void }> = [];
        res.on('data', (chunk: Buffer) => {
          received += chunk.toString('utf8');
          for (const waiter of [...waiters])
            if (received.includes(waiter.text)) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.done();
            }
        });
        res.on('error', () => undefined);
        resolve({
          res,
          waitFor: (text) =>
            new Promise<void>((done) => {
              if (received.includes(text)) return done();
              waiters.push({ text, done });
            }),
        });
      },
    );
    req.on('error', reject);
  });
}
