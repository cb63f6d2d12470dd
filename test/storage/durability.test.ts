import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDocument } from '../../shared/domain';
import { decodeDocument, meetingDocName } from '../../electron/storage/documents';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { isTempFile } from '../../electron/storage/stale-temp-cleanup';
import { filesIn, tempDir } from './helpers';

/**
 * No acknowledged write is ever lost: a writer is SIGKILLed at random moments; after every kill,
 * every write the API acknowledged is on disk and the store opens cleanly.
 */
const ROUNDS = 50;
const KILL_AFTER_FIRST_ACK_MS = [50, 400] as const;

let bundleDir: string;
let writer: string;

beforeAll(async () => {
  // One bundle, so each round pays a plain `node` start rather than a TypeScript loader's.
  bundleDir = mkdtempSync(join(tmpdir(), 'durability-writer-'));
  writer = join(bundleDir, 'writer.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'durability-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
});

afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

/** Deterministic, so a failing round can be replayed with the seed in the failure message. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Round {
  lines: string[];
  stderr: string;
  signal: NodeJS.Signals | null;
}

function runAndKill(dir: string, delayMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (timer === undefined && out.includes('\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(giveUp);
      clearTimeout(timer);
      // A line cut short by the kill was never acknowledged; only whole lines count.
      const lines = out.split('\n').slice(0, -1);
      resolve({ lines, stderr, signal });
    });
  });
}

describe('durability under SIGKILL', () => {
  it(`keeps every acknowledged write over ${ROUNDS} killed writers`, { timeout: 180_000 }, async () => {
    const seed = Number(process.env.DURABILITY_SEED ?? Date.now() % 1_000_000);
    const next = random(seed);
    const dir = tempDir('durability-');
    const acknowledged = new Map<string, number>();
    let writes = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const delay = Math.round(KILL_AFTER_FIRST_ACK_MS[0] + next() * (KILL_AFTER_FIRST_ACK_MS[1] - KILL_AFTER_FIRST_ACK_MS[0]));
      const where = `seed ${seed}, round ${round}, kill ${delay} ms after the first acknowledgement`;
      const { lines, stderr, signal } = await runAndKill(dir, delay);
      expect(signal, `${where}: the writer should have been killed; stderr: ${stderr}`).toBe('SIGKILL');
      expect(lines.length, `${where}: no write acknowledged; stderr: ${stderr}`).toBeGreaterThan(0);
      for (const line of lines) {
        const [kind, id, revision] = line.split(' ');
        expect(kind === 'C' || kind === 'U', `${where}: unexpected output ${line}`).toBe(true);
        acknowledged.set(id!, Math.max(acknowledged.get(id!) ?? 0, kind === 'C' ? 1 : Number(revision)));
        writes += 1;
      }

      const temps = filesIn(dir).filter(isTempFile);
      expect(temps.length, `${where}: temp files left by killed writers`).toBeLessThanOrEqual(round + 1);
      const store = new FileDocumentStore({ dir, staleTempGraceMs: 0 });
      const opened = await store.open(decodeDocument);
      await store.close();
      expect(opened.notices, where).toEqual([]);
      for (const [id, revision] of acknowledged) {
        const doc = opened.documents.get(meetingDocName(id)) as MeetingDocument | undefined;
        expect(doc, `${where}: acknowledged meeting ${id} is missing`).toBeDefined();
        expect(doc!.meeting.revision, `${where}: meeting ${id} lost acknowledged revision ${revision}`).toBeGreaterThanOrEqual(revision);
      }
      expect(filesIn(dir).filter(isTempFile), `${where}: stale temp files survived a start`).toEqual([]);
    }
    expect(writes).toBeGreaterThan(ROUNDS);
  });
});
