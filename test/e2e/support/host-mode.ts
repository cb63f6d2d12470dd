import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contract, resultSchema, type Input, type Method, type Output } from '../../../shared/api';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const serveEntry = join(repoRoot, 'dist', 'host', 'serve.mjs');
const rendererEntry = join(repoRoot, 'dist', 'renderer', 'index.html');
/** The residents' phone page (vite.phone.config.ts), served by the question box's gateway. */
export const phoneEntries = ['index.html', 'phone.js', 'phone.css'].map((file) =>
  join(repoRoot, 'dist', 'phone', file),
);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

/** Builds when the output is missing or older than its sources, so a test never runs yesterday's app. */
export function ensureBuilt(): void {
  // Each output must exist: a missing one (0) forces the build, as dist/phone did before the page.
  const built = Math.min(
    newestMtime(serveEntry),
    newestMtime(rendererEntry),
    ...phoneEntries.map(newestMtime),
  );
  const sources = Math.max(
    ...['renderer', 'shared', 'electron'].map((dir) => newestMtime(join(repoRoot, dir))),
  );
  if (built > 0 && built >= sources) return;
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

export interface HostMode {
  /** The address host mode printed, token in the fragment. */
  url: string;
  dataDir: string;
  /** One API call over HTTP, as the page makes it; throws with the service's message when refused. */
  call: <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;
  stop: () => Promise<void>;
}

const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/;

/**
 * Waits for the address a starting host mode prints (stdout or stderr). `output` keeps collecting what
 * the process writes afterwards (its messages, its gateway's), for a failing test to show.
 */
export async function waitForAddress(
  child: ChildProcess,
  limitMs: number,
): Promise<{ url: string; output: () => string }> {
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`host mode printed no address within ${limitMs} ms:\n${output}`)),
      limitMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = URL_PATTERN.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`host mode ended (${code ?? signal}) before printing an address:\n${output}`));
    });
  });
  return { url, output: () => output };
}

/** Starts `node dist/host/serve.mjs` on a fresh (or given) data folder and waits for its address. */
export async function startHostMode(
  options: { dataDir?: string; timeoutMs?: number } = {},
): Promise<HostMode> {
  const ownsDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rbd-e2e-'));
  const child = spawn(process.execPath, [serveEntry, '--data', dataDir, '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { url } = await waitForAddress(child, options.timeoutMs ?? 30_000);
  return {
    url,
    dataDir,
    call: apiCaller(url),
    stop: async () => {
      await stopChild(child);
      if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One operator API call over HTTP with the token of the printed address. */
export function apiCaller(url: string): HostMode['call'] {
  const address = new URL(url);
  const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  return async (method, input) => {
    const response = await fetch(`${address.origin}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const result = resultSchema(contract[method].output).parse(await response.json());
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Output<typeof method>;
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
