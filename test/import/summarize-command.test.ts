import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSummarize } from '../../electron/cli/summarize-command';
import { figure109Xlsx, htmlErrorPage, messyXlsx, plainXlsx, truncatedXlsx } from '../fixtures/make-fixtures';
import {
  RATE_CASES,
  RATE_FIGURES,
  RATE_SHEETS,
  rateSheetCsv,
  rateSheetXlsx,
} from '../fixtures/rate-column-fixtures';

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'summarize-'));
  writeFileSync(file('figure-109.xlsx'), figure109Xlsx());
  writeFileSync(file('messy.xlsx'), messyXlsx());
  writeFileSync(file('error-page.xlsx'), htmlErrorPage());
  writeFileSync(file('truncated.xlsx'), truncatedXlsx());
  writeFileSync(file('big.xlsx'), plainXlsx(300));
  for (const [name, sheet] of Object.entries(RATE_SHEETS)) {
    writeFileSync(file(`${name}.xlsx`), rateSheetXlsx(sheet));
    writeFileSync(file(`${name}.csv`), rateSheetCsv(sheet));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], maxBytes?: number) {
  let stdout = '';
  let stderr = '';
  const code = await runSummarize(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    maxBytes,
  );
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
      'rateColumns',
      'resolved',
      'resolutionRate',
      'closed',
      'closedRate',
      'closedNotResolved',
      'responded',
      'responseRate',
      'satisfactionRate',
      'fractions',
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
      // figure-109 has a 解决情况 column and no 办理状态 or 响应 column.
      rateColumns: { resolved: '解决情况', closed: null, responded: null, satisfaction: '满意度' },
      closed: null,
      closedRate: null,
      responseRate: null,
      satisfactionRate: 95 / 99,
      fractions: {
        resolution: { num: 102, den: 109 },
        closed: null,
        response: null,
        satisfaction: { num: 95, den: 99 },
      },
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
    const json = JSON.parse(stdout) as {
      duplicates: number;
      records: number;
      skipped: Array<{ row: number; reason: string }>;
    };
    expect(json.records).toBe(9);
    expect(json.duplicates).toBe(1);
    expect(json.skipped.find((s) => s.row === 8)?.reason).toBe(
      '与第 4 行的工单编号相同（2025030512345678），保留第一次出现的行',
    );
    expect(json.skipped.map((s) => s.row)).toEqual([...json.skipped.map((s) => s.row)].sort((a, b) => a - b));
  });

  it('takes --sheet', async () => {
    const { code, stdout } = await run([file('messy.xlsx'), '--sheet', '往年数据', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ sheet: '往年数据', headerRow: 1, records: 5 });
  });
});

describe('summarize --json: each rate from its own column, null where the column is missing', () => {
  const json = async (name: string) => {
    const { code, stdout } = await run([file(name), '--json']);
    expect(code).toBe(0);
    return JSON.parse(stdout) as Record<string, unknown>;
  };
  const both = {
    records: RATE_CASES,
    resolved: RATE_FIGURES.resolved,
    resolutionRate: RATE_FIGURES.resolved / RATE_CASES,
    closed: RATE_FIGURES.closed,
    closedRate: RATE_FIGURES.closed / RATE_CASES,
    closedNotResolved: RATE_FIGURES.closedNotResolved,
    satisfactionRate: RATE_FIGURES.satisfiedOrBasically / RATE_FIGURES.rated,
  };

  it.each(['statusFirst.xlsx', 'resolvedFirst.xlsx', 'statusFirst.csv', 'resolvedFirst.csv'])(
    '%s: 解决率 12/20 (not the 16 closed), 办结率 16/20, 4 closed but unresolved',
    async (name) => {
      expect(await json(name)).toMatchObject(both);
    },
  );

  it('has the 响应率 where a 响应时间 column exists, and says which column feeds each rate', async () => {
    expect(await json('resolvedFirst.xlsx')).toMatchObject({
      responded: RATE_FIGURES.responded,
      responseRate: RATE_FIGURES.responded / RATE_CASES,
      rateColumns: {
        resolved: '解决情况',
        closed: '办理状态',
        responded: '响应时间',
        satisfaction: '回访满意度',
      },
    });
    expect(await json('statusFirst.xlsx')).toMatchObject({ responded: null, responseRate: null });
  });

  it('only 办理状态: no 解决率 (null), the 办结率 stands', async () => {
    expect(await json('statusOnly.xlsx')).toMatchObject({
      resolved: null,
      resolutionRate: null,
      closed: RATE_FIGURES.closed,
      closedNotResolved: null,
      satisfactionRate: RATE_FIGURES.satisfiedOrBasically / RATE_FIGURES.rated,
    });
  });

  it('only 是否解决: no 办结率', async () => {
    expect(await json('resolvedOnly.xlsx')).toMatchObject({
      resolved: RATE_FIGURES.resolved,
      closed: null,
      closedRate: null,
    });
  });

  it('no rate column at all: every rate null, satisfaction null rather than 20 未评价, channels not 12345', async () => {
    const s = await json('none.xlsx');
    expect(s).toMatchObject({
      resolved: null,
      resolutionRate: null,
      closed: null,
      closedRate: null,
      responseRate: null,
      satisfactionRate: null,
      satisfaction: null,
      fractions: { resolution: null, closed: null, response: null, satisfaction: null },
    });
    expect(s.byChannel).toEqual([{ channel: null, name: '未注明', count: RATE_CASES, resolved: 0 }]);
  });

  it('says so for people: a missing rate is "—" with its reason', async () => {
    const { stdout } = await run([file('statusOnly.xlsx')]);
    expect(stdout).toContain('解决率：—（表中没有“是否解决/解决情况”列）');
    expect(stdout).toContain('已办结 16 条，办结率 80.0%（16/20）；按「办理状态」列');
    const none = await run([file('none.xlsx')]);
    expect(none.stdout).toContain('满意率：—（表中没有满意度列）');
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
