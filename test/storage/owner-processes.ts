// Runs the real entries (host mode, the CLI) and a bare folder holder as child processes, from one
// esbuild bundle each in a private temp folder: a plain `node` start per process, and no race with
// other tests building dist/.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..', '..');

export const ENTRIES = {
  serve: 'electron/host/serve.ts',
  cli: 'electron/cli.ts',
  holder: 'test/storage/lock-holder.ts',
  worker: 'electron/excel/parse-worker.ts',
} as const;
export type EntryName = keyof typeof ENTRIES;

export interface Bundles {
  dir: string;
  path(name: EntryName): string;
  remove(): void;
}

export async function bundleEntries(names: readonly EntryName[]): Promise<Bundles> {
  const dir = mkdtempSync(join(tmpdir(), 'rbd-owner-bundles-'));
  const all = [...new Set<EntryName>([...names, 'worker'])];
  await Promise.all(
    all.map((name) =>
      build({
        entryPoints: [join(ROOT, ENTRIES[name])],
        outfile: join(dir, `${name}.mjs`),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        external: ['electron'],
        banner: {
          js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        },
        logLevel: 'warning',
      }),
    ),
  );
  return {
    dir,
    path: (name) => join(dir, `${name}.mjs`),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Running {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
  /** Resolves with stdout line `index` (0: the first); rejects when the process exits first. */
  line(index?: number): Promise<string>;
}

export function run(bundles: Bundles, name: EntryName, args: string[]): Running {
  const child = spawn(process.execPath, [bundles.path(name), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, REPORT_DESK_PARSE_WORKER: bundles.path('worker') },
  });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    wake();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      exitCode = code;
      wake();
      done(code);
    }),
  );
  return {
    child,
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    exited,
    line: (index = 0) =>
      new Promise<string>((done, fail) => {
        const check = () => {
          const lines = out.split('\n');
          if (lines.length > index + 1) return done(lines[index]!);
          if (exitCode !== undefined)
            return fail(new Error(`${name} exited (${exitCode}) before printing a line; stderr: ${err}`));
          waiters.push(check);
        };
        check();
      }),
  };
}

/** Ends a process and waits until it is reaped, so its pid is really gone. */
export async function kill(running: Running, signal: NodeJS.Signals): Promise<number | null> {
  if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill(signal);
  return running.exited;
}

const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)$/;

export interface HostApi {
  origin: string;
  token: string;
  call<T = unknown>(
    method: string,
    input: unknown,
  ): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>;
}

export function hostApi(urlLine: string): HostApi {
  const match = URL_LINE.exec(urlLine);
  if (!match) throw new Error(`no host-mode URL in: ${urlLine}`);
  const [, origin, token] = match as unknown as [string, string, string];
  return {
    origin,
    token,
    call: async (method, input) => {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as never;
    },
  };
}
