import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome, ImportResult } from '../../shared/domain/import';
import { ImportResult as ImportResultSchema } from '../../shared/domain/import';
import { importWorkOrders } from '../../electron/excel/import-work-orders';
import * as rateFixtures from '../fixtures/rate-column-fixtures';
import {
  MESSY_SHEET,
  STANDARD_HEADER,
  excelDate,
  messyXls,
  messyXlsx,
  plainXlsx,
  workOrderRows,
} from '../fixtures/make-fixtures';

function imported(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.message}`);
  return outcome.result;
}

const byRow = (result: ImportResult, row: number) => result.records.find((r) => r.row === row);

describe.each([
  ['xlsx', messyXlsx],
  ['xls (BIFF8)', messyXls],
])('a messy %s export', (_format, build) => {
  const result = imported(importWorkOrders(build()));

  it('matches its schema', () => {
    expect(ImportResultSchema.safeParse(result).success).toBe(true);
  });

  it('skips the instructions and the hidden sheet and takes the data sheet', () => {
    expect(result.sheet).toBe(MESSY_SHEET);
    expect(result.sheets.map((s) => [s.name, s.role])).toEqual([
      ['填表说明', 'instructions'],
      ['往年数据', 'hidden'],
      [MESSY_SHEET, 'data'],
      ['分类统计', 'noHeader'],
    ]);
  });

  it('finds the header below the merged title and the 制表日期 line, and maps varied names', () => {
    expect(result.headerRow).toBe(3);
    expect(result.mapping.map((m) => [m.header, m.field])).toEqual([
      ['序号', null],
      ['诉求编号', 'workOrderNo'],
      ['来电时间', 'receivedAt'],
      ['来源渠道', 'channel'],
      ['所属社区', 'communityName'],
      ['诉求类别', 'category'],
      ['问题描述', 'content'],
      ['是否解决', 'resolved'],
      ['评价结果', 'satisfaction'],
      ['联系人', 'residentName'],
      ['联系电话', 'residentPhone'],
    ]);
  });

  it('reads the first row exactly', () => {
    expect(byRow(result, 4)).toEqual({
      row: 4,
      workOrderNo: '2025030512345678',
      channel: 'hotline12345',
      category: '物业管理',
      content: '楼道堆放杂物无人清理，存在消防隐患',
      communityName: '芳群园第一社区',
      receivedAt: '2025-03-05T08:05:00+08:00',
      resolved: true,
      closed: null,
      responded: null,
      satisfaction: 'satisfied',
      residentName: '张桂兰',
      residentPhone: '13812345678',
    });
  });

  it('keeps work-order and phone numbers as text, even from numeric cells and full-width digits', () => {
    expect(byRow(result, 5)).toMatchObject({ workOrderNo: '2025030612345679', residentPhone: '13912345678' });
    expect(byRow(result, 6)).toMatchObject({
      workOrderNo: '2025030712345680',
      residentPhone: '13712345678',
      residentName: '王 芳',
    });
    expect(byRow(result, 16)).toMatchObject({ residentPhone: '010-63211234' });
    for (const r of result.records) {
      expect(typeof r.workOrderNo).toBe('string');
      expect(typeof r.residentPhone).toBe('string');
    }
  });

  it('refuses to guess the digits of an ID the sheet stored as a lossy number', () => {
    const skip = result.skipped.find((s) => s.row === 12);
    expect(skip?.reason).toMatch(/工单编号.*数字.*无法还原/);
    expect(byRow(result, 12)).toBeUndefined();
  });

  it('reads Excel dates, text dates and a bare serial number as Beijing time', () => {
    expect(byRow(result, 5)?.receivedAt).toBe('2025-03-06T09:30:00+08:00');
    expect(byRow(result, 6)?.receivedAt).toBe('2025-03-07T00:00:00+08:00');
    expect(byRow(result, 7)?.receivedAt).toBe('2025-03-08T14:20:00+08:00');
    expect(byRow(result, 9)?.receivedAt).toBe('2025-03-09T00:00:00+08:00');
    expect(byRow(result, 13)?.receivedAt).toBe('2025-03-11T12:00:00+08:00');
    expect(byRow(result, 14)?.receivedAt).toBe('2025-03-12T00:00:00+08:00');
  });

  it('keeps formula-looking text as text and line breaks inside a cell', () => {
    expect(byRow(result, 7)?.content).toBe('=SUM(A1)');
    expect(byRow(result, 16)).toMatchObject({ content: '+86 投诉物业不作为', residentName: '@张三' });
    expect(byRow(result, 9)?.content).toBe('夜间施工噪音扰民\n希望协调施工时间');
  });

  it('maps channel, resolution and satisfaction words', () => {
    // Row 9 says 已办结 in the 是否解决 column: closed is not solved, so it stays "not stated" (row 11:
    // a channel no one can read is not guessed to be 12345).
    expect(result.records.map((r) => [r.row, r.channel, r.resolved, r.satisfaction])).toEqual([
      [4, 'hotline12345', true, 'satisfied'],
      [5, 'hotline12345', true, 'basicallySatisfied'],
      [6, 'hotline6555', false, 'dissatisfied'],
      [7, 'serviceStation', false, 'unrated'],
      [9, 'wechat', null, 'unrated'],
      [11, null, null, 'unrated'],
      [13, 'homeVisit', true, 'satisfied'],
      [14, 'grid', true, 'basicallySatisfied'],
      [16, 'onSite', false, 'basicallySatisfied'],
    ]);
  });

  it('keeps the first of a duplicated work order and reports the second with both rows', () => {
    expect(result.duplicates).toEqual([{ row: 8, firstRow: 4, workOrderNo: '2025030512345678' }]);
  });

  it('reports every skipped row with its sheet row number and reason', () => {
    expect(result.skipped.map((s) => s.row)).toEqual([10, 12, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    const reason = (row: number) => result.skipped.find((s) => s.row === row)?.reason;
    expect(reason(10)).toBe('空行');
    expect(reason(15)).toMatch(/没有工单编号、问题分类或诉求内容/);
    expect(reason(17)).toMatch(/合计行/);
    expect(reason(19)).toMatch(/合计行之后/);
    expect(reason(25)).toBe('空行');
  });

  it('imports a row with unreadable values, leaves them empty and says so', () => {
    expect(byRow(result, 11)).toMatchObject({
      receivedAt: null,
      resolved: null,
      satisfaction: 'unrated',
      channel: null,
    });
    expect(result.warnings.filter((w) => w.row === 11).map((w) => w.reason)).toEqual([
      '来源渠道「飞鸽传书」无法识别，渠道记为“未注明”',
      '受理时间「上周三」不是可识别的日期，已留空',
      '解决情况「解释说明」无法识别，按“未注明”记录',
      '满意度「还行吧」无法识别，按“未评价”记录',
    ]);
    expect(result.warnings.filter((w) => w.row === 9).map((w) => w.reason)).toEqual([
      '解决情况「已办结」说的是办理状态（是否办结），没有说问题是否解决，按“未注明”记录',
    ]);
  });
});

describe('choosing the sheet', () => {
  it('takes a hidden sheet when the user names it', () => {
    const result = imported(importWorkOrders(messyXlsx(), { sheet: '往年数据' }));
    expect(result.sheet).toBe('往年数据');
    expect(result.records).toHaveLength(5);
  });

  it('refuses a sheet name the file does not have, listing the ones it has', () => {
    const outcome = importWorkOrders(messyXlsx(), { sheet: '二季度' });
    expect(outcome).toEqual({
      ok: false,
      refusal: {
        code: 'sheet_not_found',
        message: expect.stringContaining('「填表说明」、「往年数据」、「工单明细」、「分类统计」'),
      },
    });
  });

  it('prefers the visible sheet whose header names more fields', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['工单编号', '诉求内容'],
        ['1', '路灯不亮'],
      ]),
      '简表',
    );
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([STANDARD_HEADER, ...workOrderRows(3)], { cellDates: true, UTC: true }),
      '明细',
    );
    const result = imported(importWorkOrders(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer));
    expect(result.sheet).toBe('明细');
    expect(result.records).toHaveLength(3);
  });
});

describe('mapping override (a preset per source)', () => {
  it('maps headers nobody recognises and can ignore a column', () => {
    const wb = XLSX.utils.book_new();
    const rows = [
      ['件号', '事项', '反映问题', '社区名称'],
      ['A-001', '停车管理', '夜间乱停车', '芳群园第一社区'],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '表1');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    expect(importWorkOrders(bytes)).toMatchObject({ ok: false, refusal: { code: 'no_header' } });

    const result = imported(
      importWorkOrders(bytes, {
        mapping: [
          { header: '件号', field: 'workOrderNo' },
          { header: '事项', field: 'category' },
          { header: '反映问题', field: 'content' },
          { header: '社区名称', field: null },
        ],
        defaultChannel: 'grid',
      }),
    );
    expect(result.records).toEqual([
      expect.objectContaining({
        row: 2,
        workOrderNo: 'A-001',
        category: '停车管理',
        content: '夜间乱停车',
        communityName: '',
        channel: 'grid',
      }),
    ]);
  });
});

describe('round trip', () => {
  it('reads back what SheetJS wrote: IDs as text, dates in Beijing time', () => {
    const rows = workOrderRows(40, 11);
    const result = imported(importWorkOrders(plainXlsx(40, 11)));
    expect(result.records).toHaveLength(40);
    result.records.forEach((record, i) => {
      const source = rows[i]!;
      const when = source[1] as Date;
      expect(record.workOrderNo).toBe(source[0]);
      expect(record.residentPhone).toBe(source[9]);
      expect(record.content).toBe(source[5]);
      expect(record.receivedAt).toBe(`${when.toISOString().slice(0, 19)}+08:00`);
    });
  });

  it('reads an Excel date of 08:05 as 08:05 whatever the time zone of the machine', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet(
        [
          ['工单编号', '诉求内容', '受理时间'],
          ['1', '路灯不亮', excelDate(2025, 3, 5, 8, 5)],
        ],
        { cellDates: true, UTC: true },
      ),
      'S',
    );
    const result = imported(importWorkOrders(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer));
    expect(result.records[0]?.receivedAt).toBe('2025-03-05T08:05:00+08:00');
  });
});

describe('rate columns in an xlsx: handling status and resolved kept apart, in either order', () => {
  const { RATE_SHEETS, RATE_FIGURES, rateSheetXlsx } = rateFixtures;
  const count = (result: ImportResult, pick: (r: ImportResult['records'][number]) => boolean) =>
    result.records.filter(pick).length;

  it.each([
    ['办理状态 before 是否解决', RATE_SHEETS.statusFirst],
    ['解决情况 before 办理状态', RATE_SHEETS.resolvedFirst],
  ])('%s: 12 resolved, 16 closed, 4 closed but unresolved', (_name, sheet) => {
    const result = imported(importWorkOrders(rateSheetXlsx(sheet)));
    expect(count(result, (r) => r.resolved === true)).toBe(RATE_FIGURES.resolved);
    expect(count(result, (r) => r.closed === true)).toBe(RATE_FIGURES.closed);
    expect(count(result, (r) => r.closed === true && r.resolved === false)).toBe(
      RATE_FIGURES.closedNotResolved,
    );
    expect(result.warnings).toEqual([]);
  });

  it('reads a 响应时间 column: a time there means responded', () => {
    const result = imported(importWorkOrders(rateSheetXlsx(RATE_SHEETS.resolvedFirst)));
    expect(count(result, (r) => r.responded === true)).toBe(RATE_FIGURES.responded);
    expect(count(result, (r) => r.responded === null)).toBe(20 - RATE_FIGURES.responded);
  });

  it('reads 是否满意 as the satisfaction column', () => {
    const result = imported(importWorkOrders(rateSheetXlsx(RATE_SHEETS.statusFirst)));
    expect(result.mapping.find((m) => m.header === '是否满意')?.field).toBe('satisfaction');
    expect(count(result, (r) => r.satisfaction !== 'unrated')).toBe(RATE_FIGURES.rated);
  });

  it('only 办理状态: nothing is read as resolved', () => {
    const result = imported(importWorkOrders(rateSheetXlsx(RATE_SHEETS.statusOnly)));
    expect(count(result, (r) => r.resolved !== null)).toBe(0);
    expect(count(result, (r) => r.closed === true)).toBe(RATE_FIGURES.closed);
  });

  it('without a channel column no row becomes a 12345 call, unless the operator says so', () => {
    const none = imported(importWorkOrders(rateSheetXlsx(RATE_SHEETS.none)));
    expect(new Set(none.records.map((r) => r.channel))).toEqual(new Set([null]));
    const chosen = imported(importWorkOrders(rateSheetXlsx(RATE_SHEETS.none), { defaultChannel: 'grid' }));
    expect(new Set(chosen.records.map((r) => r.channel))).toEqual(new Set(['grid']));
  });

  it('gives a few sample values for each column', () => {
    const result = imported(importWorkOrders(rateSheetXlsx(RATE_SHEETS.statusFirst)));
    const samplesOf = (header: string) =>
      result.samples.find((s) => s.column === result.mapping.find((m) => m.header === header)?.column)
        ?.values;
    expect(samplesOf('办理状态')).toEqual(['已办结', '办理中']);
    expect(samplesOf('是否解决')).toEqual(['已解决', '未解决']);
    expect(samplesOf('受理时间')?.[0]).toBe('2025-03-01 09:00');
  });
});
