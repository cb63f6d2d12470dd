import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDocument } from '../../shared/domain';
import { decodeDocument, meetingDocName } from '../../electron/storage/documents';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { isTempFile } from '../../electron/storage/stale-temp-cleanup';
import { filesIn, tempDir } from './helpers';

/**
 * No acknowledged write is ever lost: a writer is SIGKILLed at random moments; after every kill,
 * every write the API acknowledged is on disk, the store opens cleanly, no document was rewritten in
 * place (each update is a new file) and no backup changed. Also run as a snap package runs it (SNAP
 * set: conf then wrote in place and its hard-linked backups with it), and with every rename refused
 * twice before it succeeds.
 */
const KILL_AFTER_FIRST_ACK_MS = [50, 400] as const;

interface Variant {
  name: string;
  rounds: number;
  env: NodeJS.ProcessEnv;
  renameFaults?: true;
}

const VARIANTS: Variant[] = [
  { name: 'plain', rounds: 50, env: {} },
  { name: 'SNAP=1', rounds: 30, env: { SNAP: '1' } },
  { name: 'renames refused twice', rounds: 30, env: { DURABILITY_RENAME_FAULTS: '1' }, renameFaults: true },
];

let bundleDir: string;
let writer: string;
let renameFaults: string;

beforeAll(async () => {
  // One bundle, so each round pays a plain `node` start rather than a TypeScript loader's.
  bundleDir = mkdtempSync(join(tmpdir(), 'durability-writer-'));
  writer = join(bundleDir, 'writer.mjs');
  renameFaults = join(bundleDir, 'rename-faults.mjs');
  await build({
    entryPoints: {
      writer: join(import.meta.dirname, 'durability-writer.ts'),
      'rename-faults': join(import.meta.dirname, 'rename-faults.ts'),
    },
    outdir: bundleDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
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

function runAndKill(dir: string, delayMs: number, variant: Variant, faultLog: string): Promise<Round> {
  return new Promise((resolve, reject) => {
    const preload = variant.renameFaults ? ['--import', pathToFileURL(renameFaults).href] : [];
    const child = spawn(process.execPath, [...preload, writer, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...variant.env, DURABILITY_FAULT_LOG: faultLog },
    });
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

/** What a round must leave unchanged or replace: each meeting file's inode and revision, each backup's bytes. */
interface OnDisk {
  meetings: Map<string, { ino: number; revision: number }>;
  backups: Map<string, Buffer>;
  /**
   * Descriptors held on each meeting file as it was: a replaced file's inode then stays allocated,
   * so the file system cannot hand its number to a later file (it does once backups rotate out), and
   * a new file with the same inode number can only be the old one rewritten.
   */
  held: number[];
}

const MEETING_FILE = /^(meeting-.+)\.json$/;

function revisionIn(path: string): number {
  return (JSON.parse(readFileSync(path, 'utf8')) as MeetingDocument).meeting.revision;
}

function readOnDisk(dir: string, hold: boolean): OnDisk {
  const meetings = new Map<string, { ino: number; revision: number }>();
  const backups = new Map<string, Buffer>();
  const held: number[] = [];
  for (const file of filesIn(dir)) {
    const name = MEETING_FILE.exec(file)?.[1];
    if (!name) continue;
    const path = join(dir, file);
    let ino = statSync(path).ino;
    if (hold) {
      const fd = openSync(path, 'r');
      held.push(fd);
      ino = fstatSync(fd).ino;
    }
    meetings.set(name, { ino, revision: revisionIn(path) });
    for (const backup of filesIn(join(dir, 'backups', name))) {
      if (backup.endsWith('.json'))
        backups.set(join(dir, 'backups', name, backup), readFileSync(join(dir, 'backups', name, backup)));
    }
  }
  return { meetings, backups, held };
}

function expectReplacedNotRewritten(dir: string, before: OnDisk, where: string): void {
  const after = readOnDisk(dir, false);
  for (const [name, was] of before.meetings) {
    const now = after.meetings.get(name);
    expect(now, `${where}: ${name}.json disappeared`).toBeDefined();
    if (now!.revision !== was.revision) {
      expect(
        now!.ino,
        `${where}: ${name}.json was rewritten in place (same inode, revision ${was.revision} → ${now!.revision})`,
      ).not.toBe(was.ino);
    }
  }
  for (const [path, bytes] of before.backups) {
    // Pruned by rotation is fine; changed is not.
    if (!existsSync(path)) continue;
    expect(readFileSync(path).equals(bytes), `${where}: backup ${path} changed after it was taken`).toBe(
      true,
    );
  }
  for (const [name, live] of after.meetings) {
    const folder = join(dir, 'backups', name) + sep;
    const revisions = [...after.backups.keys()].filter((path) => path.startsWith(folder)).map(revisionIn);
    // A write killed after its backup and before its rename leaves a backup equal to the live file.
    expect(
      Math.max(0, ...revisions),
      `${where}: a backup of ${name} is newer than the live file`,
    ).toBeLessThanOrEqual(live.revision);
    const was = before.meetings.get(name);
    if (was === undefined || live.revision === was.revision) continue;
    expect(
      revisions.some((revision) => revision < live.revision),
      `${where}: ${name} was updated to revision ${live.revision}, but no backup holds an older revision (${revisions.join(', ')})`,
    ).toBe(true);
  }
}

describe('durability under SIGKILL', () => {
  it.each(VARIANTS)(
    'keeps every acknowledged write over killed writers ($name)',
    { timeout: 480_000 },
    async (variant) => {
      const seed = Number(process.env.DURABILITY_SEED ?? Date.now() % 1_000_000);
      const next = random(seed);
      const dir = tempDir('durability-');
      const faultLog = join(tempDir('durability-faults-'), 'faults.log');
      const acknowledged = new Map<string, number>();
      let writes = 0;

      for (let round = 0; round < variant.rounds; round++) {
        const delay = Math.round(
          KILL_AFTER_FIRST_ACK_MS[0] + next() * (KILL_AFTER_FIRST_ACK_MS[1] - KILL_AFTER_FIRST_ACK_MS[0]),
        );
        const where = `${variant.name}: seed ${seed}, round ${round}, kill ${delay} ms after the first acknowledgement`;
        const before = readOnDisk(dir, true);
        const { lines, stderr, signal } = await runAndKill(dir, delay, variant, faultLog);
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
        try {
          expectReplacedNotRewritten(dir, before, where);
        } finally {
          before.held.forEach((fd) => closeSync(fd));
        }
        const store = new FileDocumentStore({ dir, staleTempGraceMs: 0 });
        const opened = await store.open(decodeDocument);
        await store.close();
        expect(opened.notices, where).toEqual([]);
        for (const [id, revision] of acknowledged) {
          const doc = opened.documents.get(meetingDocName(id)) as MeetingDocument | undefined;
          expect(doc, `${where}: acknowledged meeting ${id} is missing`).toBeDefined();
          expect(
            doc!.meeting.revision,
            `${where}: meeting ${id} lost acknowledged revision ${revision}`,
          ).toBeGreaterThanOrEqual(revision);
        }
        expect(filesIn(dir).filter(isTempFile), `${where}: stale temp files survived a start`).toEqual([]);
      }
      expect(writes).toBeGreaterThan(variant.rounds);
      if (variant.renameFaults) {
        // The faults really reached the writer: two refused renames for each acknowledged write.
        const refusals = existsSync(faultLog)
          ? readFileSync(faultLog, 'utf8').split('\n').filter(Boolean).length
          : 0;
        expect(refusals).toBeGreaterThanOrEqual(2 * writes);
      }
    },
  );
});
