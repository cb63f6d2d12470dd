import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { ImportRefused } from '../../electron/excel/import-refusal';
import { readProjectFile, readProjectSheet } from '../../electron/excel/read-project-sheet';
import { summarizeProjectSheet } from '../../shared/logic/projects/sheet-summary';
import { excelDate, type Aoa } from '../fixtures/make-fixtures';
import {
  ARTICLE_BATCH_ONE,
  ARTICLE_BATCH_ONE_TOWNS,
  ARTICLE_BATCH_ONE_UNFINISHED,
  articleBatchOne,
  articleBatchOneXlsx,
  projectSheetWorkbook,
  projectSheetXlsx,
} from '../fixtures/project-sheets';

function xlsxOf(sheets: Array<{ name: string; rows: Aoa; hidden?: boolean }>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet(s.rows, { cellDates: true, UTC: true, dense: true }),
      s.name,
    );
    if (s.hidden) XLSX.utils.book_set_sheet_visibility(wb, s.name, 1);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const HEADER = [
  '序号',
  '项目编号',
  '项目名称',
  '项目类别',
  '街镇',
  '计划资金（万元）',
  '完成时限',
  '是否完成',
];
const one = (rows: Aoa, header: Aoa[number] = HEADER) =>
  readProjectFile(xlsxOf([{ name: '项目', rows: [header, ...rows] }]));

function refusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof ImportRefused) return error.refusal.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('the article batch as a sheet', () => {
  it('reads 355 projects under a title and 制表日期, the 合计 and note rows passed over', () => {
    const read = readProjectFile(articleBatchOneXlsx());
    expect(read.sheet).toBe('项目清单');
    expect(read.headerRow).toBe(3);
    expect(read.records).toHaveLength(355);
    expect(read.records[0]!.row).toBe(4);
    expect(read.refused).toEqual([]);
    expect(read.warnings).toEqual([]);
    // 合计, the empty row and the 填表说明 note.
    expect(read.passed).toBe(3);
    expect(read.hasCompletion).toBe(true);
  });

  it('summarizes to 341 of 355 and the per-category and per-town counts', () => {
    const summary = summarizeProjectSheet('batch1.xlsx', readProjectFile(articleBatchOneXlsx()));
    expect(summary.records).toBe(ARTICLE_BATCH_ONE.planned);
    expect(summary.completed).toBe(341);
    expect(summary.completionRate).toBe(341 / 355);
    expect(summary.byCategory).toEqual(
      ARTICLE_BATCH_ONE.byCategory.map(({ name, planned, completed }) => ({ name, planned, completed })),
    );
    expect(summary.byTown).toEqual(ARTICLE_BATCH_ONE_TOWNS);
    expect(summary.unfinished).toEqual(ARTICLE_BATCH_ONE_UNFINISHED);
    expect(summary.skipped).toEqual([]);
  });

  it('reads every field: 万元 as 元, dates, a late completion, co-units', () => {
    const specs = articleBatchOne();
    const read = readProjectFile(articleBatchOneXlsx());
    const late = specs.findIndex(
      (s) => s.completedOn !== null && s.deadline !== null && s.completedOn > s.deadline,
    );
    const spec = specs[late]!;
    const record = read.records[late]!;
    expect(record).toMatchObject({
      ref: spec.code,
      code: spec.code,
      name: spec.name,
      category: spec.category,
      town: spec.town,
      community: spec.community,
      leadUnit: spec.leadUnit,
      coUnits: spec.coUnits,
      fundsPlannedYuan: Math.round(spec.fundsPlannedWan! * 10_000 * 100) / 100,
      deadline: spec.deadline,
      completed: true,
      completedOn: spec.completedOn,
      progress: 100,
    });
    expect(record.completedOn! > record.deadline!).toBe(true);
  });

  it.each([
    { nameHeader: '项目', categoryHeader: '类别', townHeader: '所属街镇', completionHeader: '完成情况' },
    { nameHeader: '项目内容', categoryHeader: '分类', townHeader: '街道', completionHeader: '进度' },
    { completionHeader: '进度', completionCells: 'words', dates: 'text', categoryCells: 'short' },
    { completionHeader: '是否完成', completionCells: 'percent', instructionSheet: true, sheetName: '第一批' },
  ] as const)('header and cell variants give the same figures: %o', (options) => {
    const summary = summarizeProjectSheet('f', readProjectFile(articleBatchOneXlsx(options)));
    expect(summary.records).toBe(355);
    expect(summary.completed).toBe(341);
    expect(summary.byCategory.map((c) => [c.planned, c.completed])).toEqual([
      [87, 83],
      [96, 91],
      [111, 106],
      [61, 61],
    ]);
    expect(summary.byTown).toEqual(ARTICLE_BATCH_ONE_TOWNS);
  });

  it('a percentage 进度 column gives the progress of the unfinished ones too', () => {
    const specs = articleBatchOne();
    const read = readProjectFile(articleBatchOneXlsx({ completionHeader: '进度' }));
    const i = specs.findIndex((s) => !s.completed);
    expect(read.records[i]).toMatchObject({ completed: false, progress: specs[i]!.progress });
    expect(read.records[0]).toMatchObject({ completed: true, progress: 100 });
  });

  it('a sheet without a completion column has no completion figures: null, not 0', () => {
    const read = readProjectFile(articleBatchOneXlsx({ completionHeader: null }));
    expect(read.hasCompletion).toBe(false);
    expect(read.records.every((r) => r.completed === null)).toBe(true);
    const summary = summarizeProjectSheet('f', read);
    expect(summary.completed).toBeNull();
    expect(summary.completionRate).toBeNull();
    expect(summary.byCategory.every((c) => c.completed === null)).toBe(true);
    expect(summary.byTown.every((t) => t.completed === null)).toBe(true);
    expect(summary.unfinished).toEqual([]);
  });

  it('skips the instruction sheet ahead of the data, and reads a sheet by name', () => {
    const wb = projectSheetWorkbook(articleBatchOne().slice(0, 10), {
      instructionSheet: true,
      sheetName: '清单',
    });
    const read = readProjectSheet(wb);
    expect(read.sheet).toBe('清单');
    expect(read.sheets).toEqual(['填表说明', '清单']);
    expect(read.records).toHaveLength(10);
    // The instruction sheet, asked for by name, is read as asked (its example row is a row like any other).
    expect(readProjectSheet(wb, '填表说明').sheet).toBe('填表说明');
    expect(refusal(() => readProjectSheet(wb, '第二批'))).toContain('找不到名为「第二批」的工作表');
  });
});

describe('rows', () => {
  it('reads text dates in four spellings and Excel dates as the Beijing day', () => {
    const read = one([
      [1, 'A1', '甲', '居住', '方庄地区', 10, '2024-06-30', '是'],
      [2, 'A2', '乙', '居住', '方庄地区', 10, '2024/6/30', '是'],
      [3, 'A3', '丙', '居住', '方庄地区', 10, '2024年6月30日', '是'],
      [4, 'A4', '丁', '居住', '方庄地区', 10, '2024.6.30', '是'],
      [5, 'A5', '戊', '居住', '方庄地区', 10, excelDate(2024, 6, 30), '是'],
      [6, 'A6', '己', '居住', '方庄地区', 10, '六月底', '是'],
    ]);
    expect(read.records.map((r) => r.deadline)).toEqual([...Array(5).fill('2024-06-30'), null]);
    expect(read.warnings).toEqual([{ row: 7, reason: '完成时限「六月底」不是可识别的日期，已留空' }]);
  });

  it.each([
    ['是', true, null],
    ['已完成', true, null],
    ['完成', true, null],
    ['√', true, null],
    ['100%', true, 100],
    [1, true, 100],
    [true, true, null],
    ['否', false, null],
    ['未完成', false, null],
    ['推进中', false, null],
    ['实施中', false, null],
    ['进行中', false, null],
    ['60%', false, 60],
    [0.6, false, 60],
    ['0%', false, 0],
    [null, false, null],
  ] as const)('completion cell %s reads as %s', (cell, completed, progress) => {
    const read = one([[1, 'A1', '甲', '居住', '方庄地区', 10, '2024-06-30', cell]]);
    expect(read.warnings).toEqual([]);
    expect(read.records[0]).toMatchObject({ completed, progress: completed ? 100 : progress });
  });

  it('an unreadable completion cell counts as not finished, with a warning', () => {
    const read = one([[1, 'A1', '甲', '居住', '方庄地区', 10, '2024-06-30', '差不多']]);
    expect(read.records[0]!.completed).toBe(false);
    expect(read.warnings).toEqual([{ row: 2, reason: '是否完成「差不多」无法识别，按未完成计' }]);
  });

  it('converts 万元 amounts to 元 and reads amounts written as text; an unreadable one is left empty', () => {
    const read = one([
      [1, 'A1', '甲', '居住', '方庄', 12.5, '', ''],
      [2, 'A2', '乙', '居住', '方庄', '1,200', '', ''],
      [3, 'A3', '丙', '居住', '方庄', '8000元', '', ''],
      [4, 'A4', '丁', '居住', '方庄', '待定', '', ''],
    ]);
    expect(read.records.map((r) => r.fundsPlannedYuan)).toEqual([125_000, 12_000_000, 8000, null]);
    expect(read.warnings).toEqual([{ row: 5, reason: '计划资金（万元）「待定」不是金额，已留空' }]);
    const inYuan = one(
      [[1, 'A1', '甲', '居住', '方庄', 125_000]],
      ['序号', '编号', '项目', '类别', '街镇', '投资金额'],
    );
    expect(inYuan.records[0]!.fundsPlannedYuan).toBe(125_000);
  });

  it('refuses rows without a name or with an unknown category, naming the cell and the four categories', () => {
    const read = one([
      [1, 'A1', '甲', '居住', '方庄', 1, '', '是'],
      [2, 'A2', '', '居住', '方庄', 1, '', '是'],
      [3, 'A3', '丙', '文化体育', '方庄', 1, '', '是'],
      [4, 'A4', '丁', '', '方庄', 1, '', '是'],
    ]);
    expect(read.records.map((r) => r.ref)).toEqual(['A1']);
    expect(read.refused).toEqual([
      { row: 3, reason: '缺少项目名称' },
      {
        row: 4,
        reason:
          '项目类别「文化体育」无法识别，应为改善居住条件、保障公共安全、营造宜居环境、方便市民出行之一',
      },
      {
        row: 5,
        reason: '「丁」缺少项目类别，应为改善居住条件、保障公共安全、营造宜居环境、方便市民出行之一',
      },
    ]);
    expect(summarizeProjectSheet('f', read).skipped).toEqual(read.refused);
  });

  it('refuses the second row with a 项目编号 already seen, naming both rows', () => {
    const read = one([
      [1, 'DC-1', '甲', '居住', '方庄', 1, '', '是'],
      [2, 'DC-2', '乙', '安全', '方庄', 1, '', '是'],
      [3, 'DC-1', '丙', '环境', '方庄', 1, '', '是'],
    ]);
    expect(read.records.map((r) => r.name)).toEqual(['甲', '乙']);
    expect(read.refused).toEqual([{ row: 4, reason: '项目编号「DC-1」与第 2 行重复' }]);
  });

  it('names a project by 项目编号, else 序号, else its row', () => {
    const read = one([
      ['', 'DC-9', '甲', '居住', '', '', '', ''],
      [7, '', '乙', '居住', '', '', '', ''],
      ['', '', '丙', '居住', '', '', '', ''],
    ]);
    expect(read.records.map((r) => r.ref)).toEqual(['DC-9', '7', '第4行']);
    const summary = summarizeProjectSheet('f', read);
    expect(summary.byTown).toEqual([{ name: null, planned: 3, completed: 0 }]);
    expect(summary.unfinished).toEqual(['DC-9', '7', '第4行']);
  });

  it('passes blank rows, a 小计 row, and everything after a 合计 row', () => {
    const read = one([
      [1, 'A1', '甲', '居住', '方庄', 1, '', '是'],
      [],
      ['小计', '', '', '', '', 1],
      [2, 'A2', '乙', '安全', '方庄', 1, '', '否'],
      ['总计', '', '2个', '', '', 2],
      [3, 'A3', '丙', '环境', '方庄', 1, '', '是'],
    ]);
    expect(read.records.map((r) => r.ref)).toEqual(['A1', 'A2']);
    expect(read.passed).toBe(4);
    expect(read.refused).toEqual([]);
  });

  it('reads stages, and leaves an unknown one empty with a warning', () => {
    const read = one(
      [
        ['甲', '居住', '实施中'],
        ['乙', '居住', '已评估'],
        ['丙', '居住', '搁置'],
      ],
      ['项目名称', '项目类别', '当前阶段'],
    );
    expect(read.records.map((r) => r.stage)).toEqual(['implement', 'evaluate', null]);
    expect(read.warnings).toEqual([{ row: 4, reason: '项目阶段「搁置」无法识别，已留空' }]);
  });
});

describe('refused files', () => {
  it('refuses a sheet with no category column, in Chinese', () => {
    const bytes = xlsxOf([
      {
        name: 'Sheet1',
        rows: [
          ['项目名称', '街镇'],
          ['甲', '方庄'],
        ],
      },
    ]);
    expect(refusal(() => readProjectFile(bytes))).toContain('没有“项目类别”列');
  });

  it('refuses a workbook whose visible sheets have no project header', () => {
    const bytes = xlsxOf([
      {
        name: 'Sheet1',
        rows: [
          ['工单编号', '问题分类'],
          ['1', '物业'],
        ],
      },
    ]);
    expect(refusal(() => readProjectFile(bytes))).toContain('没有找到项目清单的表头');
  });

  it('refuses when the header is only on a hidden sheet, pointing to --sheet', () => {
    const bytes = xlsxOf([
      { name: '封面', rows: [['东城区民生项目']] },
      {
        name: '旧表',
        rows: [
          ['项目名称', '项目类别'],
          ['甲', '居住'],
        ],
        hidden: true,
      },
    ]);
    expect(refusal(() => readProjectFile(bytes))).toContain('--sheet');
    expect(readProjectFile(bytes, '旧表').records).toHaveLength(1);
  });

  it('refuses an empty file and a file that is not a spreadsheet', () => {
    expect(refusal(() => readProjectFile(new Uint8Array(0)))).toContain('文件是空的');
    expect(refusal(() => readProjectFile(projectSheetXlsx([]).subarray(0, 100)))).toMatch(/损坏|无法/);
  });
});
