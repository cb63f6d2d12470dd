// One acknowledged write to a meeting of N records, through Repository + FileDocumentStore (the path
// every API write takes), against the floor measured in the same run: the same bytes written to a temp
// file, fsynced, renamed over a file in the same folder, and the folder fsynced (without that last step
// a power cut can undo an acknowledged rename, so the store does it and the floor must too). Real
// writes and floor writes alternate, so both see the same load on a shared machine. The goal is
// `ratio` (p95 against the floor's p95) at most GOAL. The floor without the folder fsync, and the time
// to encode the document's bytes, are reported to show where the rest goes.
import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeDocument, meetingDocName } from '../../electron/storage/documents';
import { fsyncDirectory } from '../../electron/storage/durable-fs';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { JsonEncoder } from '../../electron/storage/json-bytes';
import { Repository } from '../../electron/storage/repository';
import { sampleMeetingDocument, sampleQuestion } from '../storage/sample-meeting';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const SIZES = [1_000, 3_000, 10_000];
const WARMUP = 20;
const SAMPLES = 200;
const NAME = meetingDocName('bench');
const GOAL = 1.5;

function floorWrite(dir: string, bytes: Buffer, syncDirectory: boolean): number {
  const temp = join(dir, 'floor.json.tmp');
  const start = performance.now();
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, join(dir, 'floor.json'));
  if (syncDirectory) fsyncDirectory(dir);
  return performance.now() - start;
}

async function measure(records: number): Promise<BenchLine> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  try {
    const repo = new Repository(new FileDocumentStore({ dir }));
    await repo.open(decodeDocument);
    await repo.update(NAME, () => sampleMeetingDocument(records));
    let next = records;
    const append = async (): Promise<number> => {
      const start = performance.now();
      await repo.update(NAME, (doc) => ({
        ...doc!,
        questions: [...doc!.questions, sampleQuestion(next++)],
      }));
      return performance.now() - start;
    };
    const floorEncoder = new JsonEncoder();
    const writes: number[] = [];
    const floor: number[] = [];
    const floorWithoutDirSync: number[] = [];
    const encode: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const took = await append();
      // Exactly the bytes just written, from a reused buffer: a fresh megabytes-long read here would
      // leave garbage for the next measured write to collect.
      const encodeStart = performance.now();
      const bytes = floorEncoder.encode(repo.get(NAME));
      const encodeTook = performance.now() - encodeStart;
      const floorTook = floorWrite(dir, bytes, true);
      const withoutDirSyncTook = floorWrite(dir, bytes, false);
      if (i < WARMUP) continue;
      writes.push(took);
      floor.push(floorTook);
      floorWithoutDirSync.push(withoutDirSyncTook);
      encode.push(encodeTook);
    }
    await repo.close();
    const p95 = percentile(writes, 95);
    const floorP95 = percentile(floor, 95);
    const ratio = round(p95 / floorP95);
    return {
      bench: 'store.write',
      records,
      bytes: readFileSync(join(dir, `${NAME}.json`)).length,
      samples: SAMPLES,
      p50_ms: round(percentile(writes, 50)),
      p95_ms: round(p95),
      floor_p50_ms: round(percentile(floor, 50)),
      floor_p95_ms: round(floorP95),
      ratio_p50: round(percentile(writes, 50) / percentile(floor, 50)),
      ratio,
      goal: GOAL,
      within_goal: ratio <= GOAL,
      floor_without_dirsync_p95_ms: round(percentile(floorWithoutDirSync, 95)),
      encode_p50_ms: round(percentile(encode, 50)),
      encode_p95_ms: round(percentile(encode, 95)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  for (const records of SIZES) report(await measure(records));
}
