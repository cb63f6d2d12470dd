import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSummarize } from '../../electron/cli/summarize-command';
import { figure109Xlsx, htmlErrorPage, messyXlsx, plainXlsx, truncatedXlsx } from '../fixtures/make-fixtures';

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'summarize-'));
  writeFileSync(file('figure-109.xlsx'), figure109Xlsx());
  writeFileSync(file('messy.xlsx'), messyXlsx());
  writeFileSync(file('error-page.xlsx'), htmlErrorPage());
  writeFileSync(file('truncated.xlsx'), truncatedXlsx());
  writeFileSync(file('big.xlsx'), plainXlsx(300));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], maxBytes?: number) {
  let stdout = '';
  let stderr = '';
  const code = await runSummarize(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, maxBytes);
  return { code, stdout, stderr };
}

describe('summarize --json', () => {
  it('prints exactly one JSON object with the figures of the 109 / 102 sheet', async () => {
    const { code, stdout, stderr } = await run([file('figure-109.xlsx'), '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'file',
      'sheet',
      'headerRow',
      'records',
      'duplicates',
      'skipped',
      'warnings',
      'resolved',
      'resolutionRate',
      'byCategory',
      'byChannel',
      'byCommunity',
      'byMonth',
      'byYear',
      'satisfaction',
    ]);
    expect(json).toMatchObject({
      file: file('figure-109.xlsx'),
      sheet: '一季度工单',
      headerRow: 3,
      records: 109,
      duplicates: 0,
      skipped: [{ row: 113, reason: '合计行，不是诉求' }],
      warnings: [],
      resolved: 102,
      resolutionRate: 102 / 109,
      satisfaction: { 满意: 80, 基本满意: 15, 不满意: 4, 未评价: 10 },
    });
    expect(json.byCategory).toEqual([
      { name: '物业管理', count: 40, resolved: 37 },
      { name: '环境卫生', count: 20, resolved: 19 },
      { name: '电梯', count: 14, resolved: 13 },
      { name: '停车管理', count: 12, resolved: 11 },
      { name: '供暖', count: 9, resolved: 9 },
      { name: '噪音扰民', count: 8, resolved: 7 },
      { name: '市政设施', count: 6, resolved: 6 },
    ]);
    expect((json.byChannel as Array<{ name: string; count: number }>).map((c) => [c.name, c.count])).toEqual([
      ['12345', 60],
      ['6555', 20],
      ['服务站', 10],
      ['公众号', 8],
      ['入户', 5],
      ['网格', 3],
      ['意见箱', 2],
      ['现场', 1],
    ]);
    expect(json.byMonth).toEqual([
      { month: '2025-01', count: 37, resolved: 34 },
      { month: '2025-02', count: 36, resolved: 35 },
      { month: '2025-03', count: 36, resolved: 33 },
    ]);
    expect(json.byYear).toEqual([{ year: 2025, count: 109, resolved: 102, byCategory: json.byCategory }]);
    const communities = json.byCommunity as Array<{ count: number }>;
    expect(communities.reduce((n, c) => n + c.count, 0)).toBe(109);
  });

  it('lists duplicates among the skipped rows and counts them', async () => {
    const { code, stdout } = await run([file('messy.xlsx'), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { duplicates: number; records: number; skipped: Array<{ row: number; reason: string }> };
    expect(json.records).toBe(9);
    expect(json.duplicates).toBe(1);
    expect(json.skipped.find((s) => s.row === 8)?.reason).toBe('与第 4 行的工单编号相同（2025030512345678），保留第一次出现的行');
    expect(json.skipped.map((s) => s.row)).toEqual([...json.skipped.map((s) => s.row)].sort((a, b) => a - b));
  });

  it('takes --sheet', async () => {
    const { code, stdout } = await run([file('messy.xlsx'), '--sheet', '往年数据', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ sheet: '往年数据', headerRow: 1, records: 5 });
  });
});

describe('summarize, for people', () => {
  it('prints a Chinese summary with the rate to one decimal', async () => {
    const { code, stdout } = await run([file('figure-109.xlsx')]);
    expect(code).toBe(0);
    expect(stdout).toContain('表头在第 3 行');
    expect(stdout).toContain('已解决 102 条，解决率 93.6%（102/109）');
    expect(stdout).toContain('主要问题：物业管理、环境卫生、电梯占 67.9%');
    expect(stdout).toContain('第 113 行：合计行，不是诉求');
  });
});

describe('summarize refuses with exit 2 and a Chinese message', () => {
  it.each([
    ['an HTML error page', 'error-page.xlsx', /网页（HTML）文件/],
    ['a truncated file', 'truncated.xlsx', /损坏或不完整/],
    ['a missing file', 'missing.xlsx', /找不到这个文件/],
    ['a folder', '.', /文件夹/],
  ])('%s', async (_name, name, message) => {
    const { code, stdout, stderr } = await run([name === '.' ? dir : file(name), '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('refuses a file over the limit before reading it, naming the limit', async () => {
    const { code, stderr } = await run([file('big.xlsx')], 8 * 1024);
    expect(code).toBe(2);
    expect(stderr).toMatch(/超过了导入上限 8 KB/);
  });

  it('refuses bad arguments', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([file('messy.xlsx'), file('messy.xlsx')])).code).toBe(2);
    const unknown = await run([file('messy.xlsx'), '--nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^参数有误/);
  });

  it('refuses a sheet the file does not have', async () => {
    const { code, stderr } = await run([file('messy.xlsx'), '--sheet', '二季度']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/找不到名为「二季度」的工作表/);
  });
});
