// Import of generated work-order files, through the bundled parse worker as the app runs it, against a
// plain SheetJS read (XLSX.read with default options) of the same bytes in the same run.
import * as XLSX from '@e965/xlsx';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importWorkOrders } from '../../electron/excel/import-work-orders';
import { importInWorker, type WorkerLocation } from '../../electron/excel/run-import-worker';
import { bigCsvGbk, plainXlsx } from '../fixtures/make-fixtures';
import { bombXlsx } from '../import/make-zip-bombs';
import { round } from './percentiles';
import type { BenchLine } from './run';

const REPEATS = 3;

/** The worker as production ships it: one esbuild bundle (here with its packages inlined, so it runs from tmp). */
export async function bundleWorker(dir: string): Promise<WorkerLocation> {
  const outfile = join(dir, 'parse-worker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../../electron/excel/parse-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    // iconv-lite and SheetJS are CommonJS-friendly; a require shim lets the ESM bundle load node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return { url: pathToFileURL(outfile), typescript: false };
}

/** Peak resident memory of the process (main thread and worker together) while `work` runs. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakMb: round(peak / (1024 * 1024), 1) };
  } finally {
    clearInterval(timer);
  }
}

function best(samples: number[]): number {
  return Math.min(...samples);
}

async function measure(
  bench: string,
  rows: number,
  bytes: Buffer,
  worker: WorkerLocation,
): Promise<BenchLine> {
  const raw: number[] = [];
  const imported: number[] = [];
  const inProcess: number[] = [];
  let peakMb = 0;
  for (let i = 0; i < REPEATS; i++) {
    let t = performance.now();
    XLSX.read(bytes);
    raw.push(performance.now() - t);

    t = performance.now();
    const { value: outcome, peakMb: peak } = await withPeakRss(() =>
      importInWorker(bytes, { worker, timeoutMs: 600_000 }),
    );
    imported.push(performance.now() - t);
    peakMb = Math.max(peakMb, peak);
    if (!outcome.ok) throw new Error(`${bench}: refused: ${outcome.refusal.message}`);
    if (outcome.result.records.length !== rows)
      throw new Error(`${bench}: ${outcome.result.records.length} records, expected ${rows}`);

    t = performance.now();
    importWorkOrders(bytes);
    inProcess.push(performance.now() - t);
  }
  const ms = best(imported);
  const rawMs = best(raw);
  // in_process_ms: the same importer in this (warm) thread, i.e. without the worker's start-up and cold JIT.
  const inProcessMs = best(inProcess);
  return {
    bench,
    rows,
    ms: round(ms, 1),
    raw_read_ms: round(rawMs, 1),
    ratio: round(ms / rawMs, 2),
    peak_rss_mb: peakMb,
    in_process_ms: round(inProcessMs, 1),
    in_process_ratio: round(inProcessMs / rawMs, 2),
  };
}

/**
 * A 0.3 MB–1.2 MB xlsx holding 301 MB of sheet XML, once and twice at once, as the app's worker meets it
 * (60 s time-out, default heap); measured before the normal files so their memory does not hide its own.
 */
export async function measureBomb(worker: WorkerLocation, copies: 1 | 2): Promise<BenchLine> {
  const bytes = bombXlsx(301);
  const before = process.memoryUsage.rss();
  const t = performance.now();
  const { value: outcomes, peakMb } = await withPeakRss(() =>
    Promise.all(Array.from({ length: copies }, () => importInWorker(bytes, { worker }))),
  );
  const ms = performance.now() - t;
  return {
    bench: copies === 1 ? 'import.xlsx.bomb301' : 'import.xlsx.bomb301.twice',
    file_mb: round(bytes.length / (1024 * 1024), 2),
    unpacked_mb: 301,
    ms: round(ms, 1),
    rss_before_mb: round(before / (1024 * 1024), 1),
    peak_rss_mb: peakMb,
    outcome: outcomes.map((o) => (o.ok ? `imported ${o.result.records.length}` : o.refusal.code)).join(','),
  };
}

export async function run(report: (line: BenchLine) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'import-bench-'));
  try {
    const worker = await bundleWorker(dir);
    report(await measureBomb(worker, 1));
    report(await measureBomb(worker, 2));
    for (const rows of [10_000, 100_000]) {
      const path = join(dir, `work-orders-${rows}.xlsx`);
      writeFileSync(path, plainXlsx(rows, rows));
      report(await measure('import.xlsx', rows, readFileSync(path), worker));
    }
    const csvPath = join(dir, 'work-orders-100000-gbk.csv');
    writeFileSync(csvPath, bigCsvGbk(100_000));
    report(await measure('import.csv.gbk', 100_000, readFileSync(csvPath), worker));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
