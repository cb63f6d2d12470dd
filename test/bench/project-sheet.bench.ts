// summarize-projects on a 20,000-project sheet (the CLI's code path minus printing: sniff, zip check,
// dense read, header search, rows, summary) against a plain SheetJS read (XLSX.read with default
// options) of the same bytes in the same run. Runs alternate, so both see the same load on a shared
// machine. The goal is `ratio` (median against the raw read's median) at most GOAL.
import * as XLSX from '@e965/xlsx';
import { readProjectFile } from '../../electron/excel/read-project-sheet';
import { summarizeProjectSheet } from '../../shared/logic/projects/sheet-summary';
import { manyProjects, projectSheetXlsx } from '../fixtures/project-sheets';
import { percentile, round } from './percentiles';
import type { BenchLine } from './run';

const PROJECTS = 20_000;
const WARMUP = 2;
const SAMPLES = 9;
const GOAL = 1.3;

export async function run(report: (line: BenchLine) => void): Promise<void> {
  const bytes = projectSheetXlsx(manyProjects(PROJECTS));
  const raw: number[] = [];
  const summarized: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    let t = performance.now();
    XLSX.read(bytes);
    const rawMs = performance.now() - t;

    t = performance.now();
    const summary = summarizeProjectSheet('bench.xlsx', readProjectFile(bytes));
    const ms = performance.now() - t;
    if (summary.records !== PROJECTS) throw new Error(`project.summarize: ${summary.records} records`);
    if (i >= WARMUP) {
      raw.push(rawMs);
      summarized.push(ms);
    }
    await Promise.resolve();
  }
  const median = percentile(summarized, 50);
  const rawMedian = percentile(raw, 50);
  report({
    bench: 'project.summarize',
    projects: PROJECTS,
    file_mb: round(bytes.length / (1024 * 1024), 2),
    runs: SAMPLES,
    median_ms: round(median, 1),
    p95_ms: round(percentile(summarized, 95), 1),
    raw_read_median_ms: round(rawMedian, 1),
    raw_read_p95_ms: round(percentile(raw, 95), 1),
    ratio: round(median / rawMedian, 2),
    ratio_p95: round(percentile(summarized, 95) / percentile(raw, 95), 2),
    goal: GOAL,
    ok: median / rawMedian <= GOAL,
  });
}
