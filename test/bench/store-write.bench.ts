// One acknowledged write to a meeting of N records, through Repository + FileDocumentStore (the path
// every API write takes), against the floor measured in the same run: the same bytes written to a temp
// file, fsynced and renamed over a file in the same folder. Real writes and floor writes alternate, so
// both see the same load on a shared machine. The store also fsyncs the folder after the rename (without
// it a power cut can undo an acknowledged rename), so a second floor with that fsync is reported too.
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MeetingDocument } from '../../shared/domain';
import { decodeDocument } from '../../electron/storage/documents';
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
const NAME = 'meeting-bench';

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
    await repo.update<MeetingDocument>(NAME, () => sampleMeetingDocument(records));
    let next = records;
    const append = async (): Promise<number> => {
      const start = performance.now();
      await repo.update<MeetingDocument>(NAME, (doc) => ({ ...doc!, questions: [...doc!.questions, sampleQuestion(next++)] }));
      return performance.now() - start;
    };
    const floorEncoder = new JsonEncoder();
    const writes: number[] = [];
    const floor: number[] = [];
    const durableFloor: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const took = await append();
      // Exactly the bytes just written, from a reused buffer: a fresh megabytes-long read here would
      // leave garbage for the next measured write to collect.
      const bytes = floorEncoder.encode(repo.get(NAME));
      const floorTook = floorWrite(dir, bytes, false);
      const durableFloorTook = floorWrite(dir, bytes, true);
      if (i < WARMUP) continue;
      writes.push(took);
      floor.push(floorTook);
      durableFloor.push(durableFloorTook);
    }
    await repo.close();
    const p95 = percentile(writes, 95);
    const floorP95 = percentile(floor, 95);
    return {
      bench: 'store.write',
      records,
      bytes: readFileSync(join(dir, `${NAME}.json`)).length,
      p50_ms: round(percentile(writes, 50)),
      p95_ms: round(p95),
      floor_p50_ms: round(percentile(floor, 50)),
      floor_p95_ms: round(floorP95),
      ratio: round(p95 / floorP95),
      floor_dirsync_p95_ms: round(percentile(durableFloor, 95)),
      ratio_dirsync: round(p95 / percentile(durableFloor, 95)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  for (const records of SIZES) report(await measure(records));
}
