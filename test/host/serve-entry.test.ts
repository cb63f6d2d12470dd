import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stubRenderer } from '../contract/harnesses';

const ENTRY = 'dist/host/serve.mjs';
const URL_LINE =
  /^报告会已在本机启动，请在浏览器中打开：(http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]{22}))\n$/;

let base: string;
let rendererDir: string;

beforeAll(async () => {
  // @ts-expect-error -- plain .mjs build script without type declarations
  const { buildNode } = (await import('../../scripts/build-node.mjs')) as {
    buildNode(o: { only: string[] }): Promise<void>;
  };
  await buildNode({ only: ['electron/host/serve.ts'] });
  base = mkdtempSync(join(tmpdir(), 'rbd-serve-'));
  rendererDir = stubRenderer();
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  rmSync(rendererDir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startServe(args: string[]): Running {
  const child = spawn(process.execPath, [ENTRY, '--renderer', rendererDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function firstLine(running: Running): Promise<RegExpExecArray> {
  const deadline = Date.now() + 15_000;
  while (!running.stdout().includes('\n')) {
    if (Date.now() > deadline || running.child.exitCode !== null)
      throw new Error(`no URL printed; stderr: ${running.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const match = URL_LINE.exec(running.stdout());
  if (!match) throw new Error(`unexpected output: ${running.stdout()}`);
  return match;
}

function call(origin: string, token: string, method: string, input: unknown) {
  return fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  }).then(
    (res) => res.json() as Promise<{ ok: boolean; value?: { id: string; title: string }[] & { id: string } }>,
  );
}

describe('npm run serve (dist/host/serve.mjs)', () => {
  it('prints one line with the URL, serves the API, and saves everything on SIGTERM', async () => {
    const dataDir = join(base, 'data');
    const first = startServe(['--data', dataDir, '--port', '0']);
    const [, url, port, token] = await firstLine(first);
    const origin = `http://127.0.0.1:${port}`;
    expect(url).toBe(`${origin}/#token=${token}`);
    const created = await call(origin, token!, 'meetings.create', {
      title: '右安门街道报告会',
      level: 'street',
      startsAt: '2025-05-10T09:00:00+08:00',
    });
    expect(created.ok).toBe(true);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.stdout().split('\n').filter(Boolean)).toHaveLength(1);
    expect(first.stderr()).toMatch(/已停止/);
    expect(readdirSync(dataDir).some((name) => name.startsWith('meeting-'))).toBe(true);

    // A new session: a new token, and the meeting is still there.
    const second = startServe(['--data', dataDir, '--port', '0']);
    const [, , port2, token2] = await firstLine(second);
    expect(token2).not.toBe(token);
    const list = await call(`http://127.0.0.1:${port2}`, token2!, 'meetings.list', {});
    expect(list.value?.map((m) => m.title)).toEqual(['右安门街道报告会']);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('says in Chinese when the port is taken, and exits non-zero', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const running = startServe(['--data', join(base, 'busy'), '--port', String(port)]);
      expect(await running.exited).toBe(1);
      expect(running.stdout()).toBe('');
      expect(running.stderr()).toMatch(new RegExp(`端口 ${port} 已被占用`));
    } finally {
      blocker.close();
    }
  });

  it('refuses a bad argument with usage, before opening any data', async () => {
    const running = startServe(['--port', 'eighty']);
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toMatch(/端口必须是 0 到 65535/);
  });
});
