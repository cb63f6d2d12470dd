// The folder's owner as a real process: host mode (`serve`) spawned on a data folder, with the operator
// API it prints and the pids of it and of its question-box gateway child, so tests can SIGKILL either.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { join } from 'node:path';
import type { Input, Method, Output } from '../../shared/api';
import { apiCaller, phoneEntries, repoRoot, waitForAddress } from '../e2e/support/host-mode';

export { freePort } from '../e2e/support/free-port';

/**
 * 'sources' runs electron/host/serve.ts through tsx (what the tests check: the code as it is now);
 * 'built' runs dist/host/serve.mjs (what users run; the bench).
 */
export type OwnerEntry = 'sources' | 'built';

export interface OwnerProcess {
  readonly pid: number;
  readonly url: string;
  /** Everything it wrote to stderr so far (its messages, the gateway's). */
  output(): string;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Resolves with how it ended, once it has. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL after a grace; resolves once it has exited. */
  stop(): Promise<void>;
}

/** The gateway serves dist/phone; the tests need it built even when they run the sources. */
export function ensurePhonePage(): void {
  if (phoneEntries.every((f) => existsSync(f))) return;
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '-c', 'vite.phone.config.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.status !== 0) throw new Error(`the phone page did not build (exit ${built.status})`);
}

export async function startOwner(options: {
  dataDir: string;
  entry?: OwnerEntry;
  timeoutMs?: number;
}): Promise<OwnerProcess> {
  // RBD_OWNER_ENTRY=built runs the kill tests against the build too (dist/ must be current).
  const entry = options.entry ?? (process.env.RBD_OWNER_ENTRY === 'built' ? 'built' : 'sources');
  const args =
    entry === 'sources'
      ? ['--import', 'tsx', join(repoRoot, 'electron', 'host', 'serve.ts')]
      : [join(repoRoot, 'dist', 'host', 'serve.mjs')];
  const child: ChildProcess = spawn(process.execPath, [...args, '--data', options.dataDir, '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const { url, output } = await waitForAddress(child, options.timeoutMs ?? 60_000);
  const call = apiCaller(url);
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    pid: child.pid!,
    url,
    output,
    exited,
    alive,
    kill: (signal) => {
      if (alive()) child.kill(signal);
    },
    call,
    async stop() {
      if (!alive()) return;
      const force = setTimeout(() => child.kill('SIGKILL'), 8_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(force);
    },
  };
}

/** The owner's children that run the gateway entry (gateway-main.ts or dist/gateway/gateway.mjs). */
export function gatewayPids(ownerPid: number): number[] {
  const listed = spawnSync('ps', ['-o', 'pid=', '--ppid', String(ownerPid)], { encoding: 'utf8' });
  return listed.stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0)
    .filter((pid) => {
      try {
        return /gateway(-main\.ts|\.mjs)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      } catch {
        return false;
      }
    });
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie leader counts as gone; its other threads may still hold its sockets for a moment, so a
  // caller that needs the port waits for portIsFree too.
  try {
    return !/^\d+ \([^)]*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Nothing accepts connections on address:port (refused), and the port can be listened on again. */
export async function portIsFree(address: string, port: number): Promise<boolean> {
  const refused = await new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: address, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
  if (!refused) return false;
  return new Promise<boolean>((resolve) => {
    // A phone that connects in this instant is dropped at once, to retry, not left hanging.
    const probe = createServer((socket) => socket.destroy());
    probe.once('error', () => resolve(false));
    probe.listen({ host: address, port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** Polls a state until it holds; throws with the label when it does not within the bound. */
export async function waitUntil(label: string, test: () => boolean | Promise<boolean>, limitMs = 30_000) {
  const end = Date.now() + limitMs;
  for (;;) {
    if (await test()) return;
    if (Date.now() > end) throw new Error(`still not ${label} after ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A meeting with its question box open on 127.0.0.1:port, as the operator opens it (gateway.open). */
export async function openBox(
  owner: OwnerProcess,
  port: number,
): Promise<{ meetingId: string; joinUrl: string }> {
  const meeting = await owner.call('meetings.create', {
    title: '方庄街道 2025 年向群众报告工作会',
    level: 'street',
    startsAt: '2025-07-10T14:30:00+08:00',
    status: 'scheduled',
  });
  const status = await owner.call('gateway.open', {
    meetingId: meeting.id,
    address: '127.0.0.1',
    port,
    wifi: '方庄街道会议室',
    by: '工作人员',
  });
  if (status.state !== 'open' || status.joinUrl === null) {
    throw new Error(`the box did not open: ${status.state} ${status.error}`);
  }
  return { meetingId: meeting.id, joinUrl: status.joinUrl };
}
