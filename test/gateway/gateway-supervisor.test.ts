import { fork } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forkGateway, type GatewayChild } from '../../electron/gateway/gateway-child';
import {
  createGatewaySupervisor,
  type GatewaySupervisorOptions,
} from '../../electron/gateway/gateway-supervisor';
import type { GatewayLaunch, GatewayPort, PhoneDispatch } from '../../electron/services/gateway-port';
import { fail, ok } from '../../shared/api/result';
import { gatewayRequest, makePhoneDir, phoneId } from './gateway-request';
import { freePort } from '../e2e/support/free-port';

const TOKEN = 'supervised-token-CCCCCCCCCCCCCCCCCC';
const MEETING = 'meeting-1';

let base: string;
let phoneDir: string;
let port: GatewayPort;
let children: GatewayChild[];
let changes: string[];
let phone: PhoneDispatch;

function supervise(extra: Partial<GatewaySupervisorOptions> = {}): GatewayPort {
  const factory = createGatewaySupervisor({
    phoneDir,
    spawn: (script) => {
      const child = forkGateway(script);
      children.push(child);
      return child;
    },
    ...extra,
  });
  return factory({ phone: (...args) => phone(...args), changed: (meetingId) => changes.push(meetingId) });
}

async function launch(extra: Partial<GatewayLaunch> = {}): Promise<GatewayLaunch> {
  return { meetingId: MEETING, address: '127.0.0.1', port: await freePort(), token: TOKEN, ...extra };
}

beforeEach(() => {
  ({ base, phoneDir } = makePhoneDir());
  children = [];
  changes = [];
  phone = async (meetingId, method, input) => ok({ meetingId, method, input });
});

afterEach(async () => {
  await port?.stop();
  for (const child of children) child.kill();
  rmSync(base, { recursive: true, force: true });
});

describe('the gateway supervisor (a real child process)', () => {
  it('starts, forwards phone calls for its meeting, and stops', async () => {
    port = supervise();
    const run = await port.start(await launch());
    expect(run).toMatchObject({
      meetingId: MEETING,
      state: 'open',
      address: '127.0.0.1',
      restarts: 0,
      error: '',
    });
    expect(port.current()?.state).toBe('open');
    expect(changes.length).toBeGreaterThanOrEqual(2);

    const page = await gatewayRequest({ port: run.port, path: '/' });
    expect(page.status).toBe(200);
    const input = { phoneId: phoneId(1) };
    const call = await gatewayRequest({
      port: run.port,
      method: 'POST',
      path: '/p/view',
      headers: { 'x-gate-token': TOKEN, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    // The owner adds the meeting, never the phone.
    expect(call.json()).toEqual({ ok: true, value: { meetingId: MEETING, method: 'view', input } });

    await port.stop();
    expect(port.current()).toBeNull();
    await expect(gatewayRequest({ port: run.port, path: '/' })).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('passes notify on to the phones’ event streams', async () => {
    port = supervise();
    const run = await port.start(await launch());
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpGet(
        { host: '127.0.0.1', port: run.port, path: `/p/events?k=${TOKEN}`, agent: false },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            if (text.includes(': connected')) port.notify(MEETING);
            if (text.includes('event: changed')) {
              res.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
    });
    expect(received).toContain('event: changed\ndata: {}\n\n');
  });

  it('never puts the token in the child’s argv or environment', async () => {
    if (process.platform !== 'linux') return;
    port = supervise();
    await port.start(await launch());
    const pid = children[0]!.pid!;
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(TOKEN);
    expect(readFileSync(`/proc/${pid}/environ`, 'utf8')).not.toContain(TOKEN);
  });

  it('rejects a start on a taken port with the child’s Chinese message', async () => {
    const blocker = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      port = supervise();
      await expect(port.start(await launch({ port: taken }))).rejects.toThrow(`端口 ${taken} 已被占用`);
      expect(port.current()).toMatchObject({ state: 'failed' });
      expect(port.current()!.error).toContain('已被占用');
    } finally {
      blocker.close();
    }
  });

  it('a start for another meeting stops the first', async () => {
    port = supervise();
    const first = await port.start(await launch({ meetingId: 'meeting-a' }));
    const second = await port.start(await launch({ meetingId: 'meeting-b', token: `${TOKEN}-b` }));
    expect(port.current()).toMatchObject({ meetingId: 'meeting-b', state: 'open' });
    await expect(gatewayRequest({ port: first.port, path: '/' })).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
    expect((await gatewayRequest({ port: second.port, path: '/' })).status).toBe(200);
  });

  it('SIGKILLs a child that does not stop within its grace time', async () => {
    const stubborn = fileURLToPath(new URL('./fixtures/stubborn-gateway.mjs', import.meta.url));
    port = supervise({ script: { path: stubborn, typescript: false }, stopGraceMs: 200 });
    await port.start(await launch());
    const child = children[0]!;
    const exited = new Promise<string>((resolve) => child.onExit(resolve));
    await port.stop();
    expect(await exited).toBe('信号 SIGKILL');
    expect(port.current()).toBeNull();
  });

  it('gives up after repeated deaths and says why', async () => {
    port = supervise({ maxDeaths: 2 });
    await port.start(await launch());
    process.kill(children[0]!.pid!, 'SIGKILL');
    await waitUntil(() => port.current()?.state === 'open' && children.length === 2);
    expect(port.current()!.restarts).toBe(1);
    process.kill(children[1]!.pid!, 'SIGKILL');
    await waitUntil(() => port.current()?.state === 'failed');
    expect(port.current()!.error).toMatch(/已停止自动重启/);
  });

  it('keeps every acknowledged question when the child is SIGKILLed mid-burst', async () => {
    // The owner's side: stores by clientId (idempotent), as phone-service does, after a short "fsync".
    const stored = new Map<string, { text: string; times: number }>();
    const writes: string[] = [];
    phone = async (meetingId, method, input) => {
      if (meetingId !== MEETING || method !== 'submit') return fail('invalid_input', '只测试提交');
      const { question } = input as { question: { clientId: string; text: string } };
      await new Promise((r) => setTimeout(r, 2));
      const existing = stored.get(question.clientId);
      if (existing) existing.times += 1;
      else {
        stored.set(question.clientId, { text: question.text, times: 1 });
        writes.push(question.clientId);
      }
      return ok({ clientId: question.clientId });
    };
    const states: string[] = [];
    port = supervise();
    const run = await port.start(await launch());
    const originalPort = run.port;
    const observe = setInterval(() => {
      const state = port.current()?.state;
      if (state && states.at(-1) !== state) states.push(state);
    }, 5);

    const PHONES = 12;
    const EACH = 6;
    const acked = new Set<string>();
    let killed = false;
    let retries = 0;
    const submitUntilAcked = async (phone: number, n: number) => {
      const clientId = phoneId(`${phone}-${n}-q`);
      const body = JSON.stringify({
        phoneId: phoneId(phone),
        question: { clientId, text: `问题 ${phone}-${n}` },
      });
      for (;;) {
        try {
          const response = await gatewayRequest({
            port: originalPort,
            method: 'POST',
            path: '/p/submit',
            localAddress: `127.0.1.${phone + 1}`,
            headers: { 'x-gate-token': TOKEN, 'Content-Type': 'application/json' },
            body,
          });
          if (response.status === 200 && (response.json() as { ok: boolean }).ok) {
            acked.add(clientId);
            return;
          }
        } catch {
          // Connection refused or reset while the gateway restarts: the phone page retries.
        }
        retries += 1;
        await new Promise((r) => setTimeout(r, 40));
      }
    };
    const burst = Array.from({ length: PHONES }, async (_, phone) => {
      for (let n = 0; n < EACH; n++) {
        await submitUntilAcked(phone, n);
        if (!killed && acked.size >= (PHONES * EACH) / 3) {
          killed = true;
          process.kill(children[0]!.pid!, 'SIGKILL');
        }
      }
    });
    await Promise.all(burst);
    clearInterval(observe);

    expect(killed).toBe(true);
    expect(children.length).toBe(2);
    expect(port.current()).toMatchObject({ state: 'open', port: originalPort, restarts: 1 });
    expect(states).toContain('restarting');
    expect(port.current()!.error).toMatch(/已自动重启/);
    // Nothing acknowledged is lost, nothing stored twice.
    expect(acked.size).toBe(PHONES * EACH);
    for (const clientId of acked) expect(stored.has(clientId)).toBe(true);
    expect(writes.length).toBe(new Set(writes).size);
    expect(stored.size).toBe(PHONES * EACH);
    expect(retries).toBeGreaterThan(0);
  });
});

describe('the gateway process on its own', () => {
  it('exits at once when its owner goes away (IPC disconnected)', async () => {
    const script = fileURLToPath(new URL('../../electron/gateway/gateway-main.ts', import.meta.url));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = fork(script, [], {
      execArgv: ['--import', tsx],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const listening = new Promise<number>((resolve, reject) => {
      child.on('message', (m: { type: string; port?: number; message?: string }) =>
        m.type === 'listening' ? resolve(m.port!) : reject(new Error(m.message)),
      );
    });
    child.send({ type: 'start', meetingId: MEETING, address: '127.0.0.1', port: 0, token: TOKEN, phoneDir });
    const listenPort = await listening;
    expect((await gatewayRequest({ port: listenPort, path: '/' })).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.disconnect();
    expect(await exited).toBe(0);
    await expect(gatewayRequest({ port: listenPort, path: '/' })).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('ignores Ctrl+C (SIGINT): its owner decides when it stops', async () => {
    const script = fileURLToPath(new URL('../../electron/gateway/gateway-main.ts', import.meta.url));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = fork(script, [], {
      execArgv: ['--import', tsx],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const listening = new Promise<number>((resolve) => {
      child.on('message', (m: { type: string; port?: number }) => m.type === 'listening' && resolve(m.port!));
    });
    child.send({ type: 'start', meetingId: MEETING, address: '127.0.0.1', port: 0, token: TOKEN, phoneDir });
    const listenPort = await listening;
    child.kill('SIGINT');
    // Served after the signal: had it died, the connection would be refused.
    expect((await gatewayRequest({ port: listenPort, path: '/' })).status).toBe(200);
    expect(child.exitCode).toBeNull();
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    child.send({ type: 'stop' });
    await exited;
  });

  it('drops a start message that fails its schema (no listening, no crash)', async () => {
    const script = fileURLToPath(new URL('../../electron/gateway/gateway-main.ts', import.meta.url));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = fork(script, [], {
      execArgv: ['--import', tsx],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const messages: unknown[] = [];
    child.on('message', (m) => messages.push(m));
    // Were the first accepted, the child would listen on its port and ignore the second start.
    const refusedPort = await freePort();
    child.send({
      type: 'start',
      meetingId: MEETING,
      address: '127.0.0.1',
      port: refusedPort,
      token: 'short',
      phoneDir,
    });
    child.send({ type: 'start', meetingId: MEETING, address: '127.0.0.1', port: 0, token: TOKEN, phoneDir });
    await waitUntil(() => messages.length > 0);
    expect(messages).toEqual([{ type: 'listening', port: expect.any(Number) as number }]);
    expect((messages[0] as { port: number }).port).not.toBe(refusedPort);
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    child.send({ type: 'stop' });
    await exited;
  });
});

async function waitUntil(predicate: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
