import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome, ImportResult } from '../../shared/domain/import';
import { importWorkOrders } from '../../electron/excel/import-work-orders';
import { CSV_ROWS, csvGbk, csvText, csvUtf8 } from '../fixtures/make-fixtures';
import { RATE_FIGURES, RATE_SHEETS, rateSheetCsv } from '../fixtures/rate-column-fixtures';

function imported(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.message}`);
  return outcome.result;
}

const EXPECTED = [
  {
    row: 2,
    workOrderNo: '2025030512345678',
    channel: 'hotline12345',
    category: '物业管理',
    content: '楼道堆放杂物，"消防通道"被占\n请尽快清理',
    communityName: '芳群园第一社区',
    receivedAt: '2025-03-05T08:05:00+08:00',
    resolved: true,
    closed: null,
    responded: null,
    satisfaction: 'satisfied',
    residentName: '张桂兰',
    residentPhone: '13812345678',
  },
  {
    row: 3,
    workOrderNo: '0012345',
    channel: 'hotline6555',
    category: '电梯',
    content: '电梯停运, 老人无法下楼',
    communityName: '芳群园第二社区',
    receivedAt: '2025-03-06T09:30:00+08:00',
    resolved: false,
    closed: null,
    responded: null,
    satisfaction: 'dissatisfied',
    residentName: '李建国',
    residentPhone: '013912345678',
  },
  {
    row: 4,
    workOrderNo: '2025030712345680',
    channel: 'wechat',
    category: '环境卫生',
    content: '=HYPERLINK("http://example.com")',
    communityName: '芳城园一区社区',
    receivedAt: '2025-03-07T00:00:00+08:00',
    resolved: true,
    closed: null,
    responded: null,
    satisfaction: 'basicallySatisfied',
    residentName: '王芳',
    residentPhone: '+8613712345678',
  },
  {
    row: 5,
    workOrderNo: '2025030812345681',
    channel: 'grid',
    category: '噪音扰民',
    content: '夜间施工噪音',
    communityName: '芳星园一区社区',
    receivedAt: '2025-03-08T10:00:00+08:00',
    resolved: false,
    closed: null,
    responded: null,
    satisfaction: 'unrated',
    residentName: '刘淑珍',
    residentPhone: '13512345678',
  },
];

describe('CSV in every encoding Chinese systems write', () => {
  it.each([
    ['UTF-8 with BOM', csvUtf8(true), 'utf-8'],
    ['UTF-8 without BOM', csvUtf8(false), 'utf-8'],
    ['GBK', csvGbk(), 'gb18030'],
    ['GB18030', iconv.encode(csvText(CSV_ROWS), 'gb18030'), 'gb18030'],
    [
      'UTF-16LE with BOM (Excel "Unicode text")',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csvText(CSV_ROWS), 'utf16le')]),
      'utf-16le',
    ],
  ])(
    '%s: same records, leading zeros and formula-looking text kept, quoted line breaks inside one record',
    (_name, bytes, encoding) => {
      const result = imported(importWorkOrders(bytes));
      expect(result.format).toBe('csv');
      expect(result.encoding).toBe(encoding);
      expect(result.headerRow).toBe(1);
      expect(result.records).toEqual(EXPECTED);
      expect(result.skipped).toEqual([]);
      expect(result.warnings).toEqual([]);
    },
  );

  it('numbers rows as CSV records, so a line break inside quotes does not shift them', () => {
    const text = '工单编号,诉求内容\n1,"第一行\n第二行\n第三行"\n2,路灯不亮\n合计,2\n';
    const result = imported(importWorkOrders(Buffer.from(text)));
    expect(result.records.map((r) => [r.row, r.workOrderNo])).toEqual([
      [2, '1'],
      [3, '2'],
    ]);
    expect(result.skipped).toEqual([{ row: 4, reason: '合计行，不是诉求' }]);
  });

  it('reads a tab-separated export', () => {
    const result = imported(
      importWorkOrders(Buffer.from('工单编号\t问题分类\t诉求内容\n2025030512345678\t电梯\t电梯停运\n')),
    );
    expect(result.records[0]).toMatchObject({
      workOrderNo: '2025030512345678',
      category: '电梯',
      content: '电梯停运',
    });
  });

  it('reads an HTML table some systems save as .xls', () => {
    const html =
      '<html><head><meta charset="utf-8"></head><body><table><tr><td>工单编号</td><td>问题分类</td><td>诉求内容</td></tr><tr><td>0012</td><td>供暖</td><td>暖气不热</td></tr></table></body></html>';
    const result = imported(importWorkOrders(Buffer.from(html)));
    expect(result.format).toBe('html');
    expect(result.records[0]).toMatchObject({ workOrderNo: '0012', category: '供暖', content: '暖气不热' });
  });
});

describe('rate columns in a CSV', () => {
  it.each([
    ['办理状态 before 是否解决', RATE_SHEETS.statusFirst],
    ['解决情况 before 办理状态', RATE_SHEETS.resolvedFirst],
  ])('%s: resolved and closed each from its own column', (_name, sheet) => {
    const result = imported(importWorkOrders(rateSheetCsv(sheet)));
    expect(result.records.filter((r) => r.resolved === true)).toHaveLength(RATE_FIGURES.resolved);
    expect(result.records.filter((r) => r.closed === true)).toHaveLength(RATE_FIGURES.closed);
  });

  it('only 是否解决: no handling status is invented', () => {
    const result = imported(importWorkOrders(rateSheetCsv(RATE_SHEETS.resolvedOnly)));
    expect(result.records.filter((r) => r.closed !== null)).toHaveLength(0);
    expect(result.records.filter((r) => r.resolved === true)).toHaveLength(RATE_FIGURES.resolved);
  });
});
