import * as XLSX from '@e965/xlsx';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/cli-io';
import { runSummarizeProjects } from '../../electron/cli/summarize-projects-command';
import type { ProjectSummaryJson } from '../../shared/logic/projects/sheet-summary';
import {
  ARTICLE_BATCH_ONE_TOWNS,
  ARTICLE_BATCH_ONE_UNFINISHED,
  articleBatchOne,
  articleBatchOneXlsx,
  projectSheetAoa,
  projectSheetWorkbook,
} from '../fixtures/project-sheets';

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rbd-projects-cli-'));
  writeFileSync(file('batch1.xlsx'), articleBatchOneXlsx());
  writeFileSync(
    file('variants.xlsx'),
    articleBatchOneXlsx({
      nameHeader: '项目',
      categoryHeader: '类别',
      townHeader: '所属街镇',
      completionHeader: '进度',
      instructionSheet: true,
      sheetName: '第一批',
    }),
  );
  writeFileSync(file('no-completion.xlsx'), articleBatchOneXlsx({ completionHeader: null }));
  writeFileSync(file('two-batches.xlsx'), twoSheets());
  writeFileSync(file('not-a-sheet.xlsx'), '这不是表格\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Batch 1 on one sheet and a 10-project sheet after it, for --sheet. */
function twoSheets(): Uint8Array {
  const wb = projectSheetWorkbook(articleBatchOne(), { sheetName: '第一批' });
  const second = projectSheetAoa(articleBatchOne().slice(0, 10), { title: '东城区2024年第二批民生项目清单' });
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet(second, { cellDates: true, dense: true }),
    '第二批',
  );
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function json(args: string[]): Promise<ProjectSummaryJson> {
  const io = capture();
  expect(await runSummarizeProjects([...args, '--json'], io)).toBe(0);
  expect(io.err).toBe('');
  return JSON.parse(io.out) as ProjectSummaryJson;
}

describe('summarize-projects', () => {
  it('prints the article batch: 341 of 355, the categories and towns in sheet order', async () => {
    const out = await json([file('batch1.xlsx')]);
    expect(out).toMatchObject({
      file: file('batch1.xlsx'),
      sheet: '项目清单',
      headerRow: 3,
      records: 355,
      completed: 341,
      completionRate: 341 / 355,
      skipped: [],
    });
    expect(out.byCategory).toEqual([
      { name: '改善居住条件', planned: 87, completed: 83 },
      { name: '保障公共安全', planned: 96, completed: 91 },
      { name: '营造宜居环境', planned: 111, completed: 106 },
      { name: '方便市民出行', planned: 61, completed: 61 },
    ]);
    expect(out.byTown).toEqual(ARTICLE_BATCH_ONE_TOWNS);
    expect(out.unfinished).toEqual(ARTICLE_BATCH_ONE_UNFINISHED);
  });

  it('reads header variants, 进度 percentages and skips the instruction sheet', async () => {
    const out = await json([file('variants.xlsx')]);
    expect(out.sheet).toBe('第一批');
    expect([out.records, out.completed]).toEqual([355, 341]);
    expect(out.byCategory.map((c) => c.completed)).toEqual([83, 91, 106, 61]);
  });

  it('gives null, not 0, for a sheet without a completion column', async () => {
    const out = await json([file('no-completion.xlsx')]);
    expect(out.records).toBe(355);
    expect(out.completed).toBeNull();
    expect(out.completionRate).toBeNull();
    expect(out.byCategory.map((c) => c.completed)).toEqual([null, null, null, null]);
    const io = capture();
    expect(await runSummarizeProjects([file('no-completion.xlsx')], io)).toBe(0);
    expect(io.out).toContain('完成率：—');
    expect(io.out).not.toMatch(/完成 0 个/);
  });

  it('reads the sheet --sheet names', async () => {
    expect((await json([file('two-batches.xlsx')])).sheet).toBe('第一批');
    const out = await json([file('two-batches.xlsx'), '--sheet', '第二批']);
    expect([out.sheet, out.records]).toEqual(['第二批', 10]);
    const io = capture();
    expect(await runSummarizeProjects([file('two-batches.xlsx'), '--sheet', '第三批'], io)).toBe(2);
    expect(io.err).toContain('找不到名为「第三批」的工作表');
  });

  it('prints rates with their denominators in Chinese', async () => {
    const io = capture();
    expect(await runSummarizeProjects([file('batch1.xlsx')], io)).toBe(0);
    expect(io.out).toContain('完成 341 个，完成率 96.06%（341/355');
    expect(io.out).toContain('改善居住条件  87 个，完成 83 个（83/87，95.40%）');
    expect(io.out).toContain('方便市民出行  61 个，完成 61 个（61/61，100.00%）');
    expect(io.out).toContain(`未完成（14 个）：${ARTICLE_BATCH_ONE_UNFINISHED[0]}`);
  });

  it('refuses bad arguments and unreadable files with exit 2 and a Chinese message', async () => {
    const none = capture();
    expect(await runSummarizeProjects([], none)).toBe(2);
    expect(none.err).toContain('用法：npm run cli -- summarize-projects');
    const missing = capture();
    expect(await runSummarizeProjects([file('nope.xlsx')], missing)).toBe(2);
    expect(missing.err).toContain('找不到这个文件');
    const junk = capture();
    expect(await runSummarizeProjects([file('not-a-sheet.xlsx')], junk)).toBe(2);
    expect(junk.err).toMatch(/^无法读取项目清单「.*」：.*[\u4e00-\u9fff]/);
  });

  it('runs from the command line: JSON on stdout, exit 2 with Chinese stderr for a refused file', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'summarize-projects', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
    const ok = run([file('batch1.xlsx'), '--json']);
    expect(ok.status).toBe(0);
    const out = JSON.parse(ok.stdout) as ProjectSummaryJson;
    expect([out.records, out.completed, out.completionRate]).toEqual([355, 341, 341 / 355]);
    const refused = run([file('not-a-sheet.xlsx')]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('无法读取项目清单');
  }, 60_000);
});
