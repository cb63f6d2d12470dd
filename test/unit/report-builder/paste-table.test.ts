import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  parseCellNumber,
  parsePastedTable,
} from '../../../renderer/screens/report/paste-table';

describe('a table pasted from Excel', () => {
  it('reads column names, row labels and numbers written the way Excel copies them', () => {
    const text = '类别\t2024 年\t2025 年\r\n停车管理\t261\t138\r\n物业服务\t"1,250"\t93.6%\r\n';
    expect(parsePastedTable(text)).toEqual({
      ok: true,
      columns: ['2024 年', '2025 年'],
      rows: [
        { label: '停车管理', values: [261, 138] },
        { label: '物业服务', values: [1250, 93.6] },
      ],
    });
  });

  it('keeps a blank, "-" or "—" cell as no value, never 0', () => {
    const parsed = parsePastedTable('社区\t件数\n芳城园\t\n紫芳园\t-\n方庄\t—');
    expect(parsed.ok && parsed.rows.map((r) => r.values[0])).toEqual([null, null, null]);
  });

  it('reads full-width digits, commas and minus signs typed with a Chinese input method', () => {
    expect(parseCellNumber('１，２５０')).toBe(1250);
    expect(parseCellNumber('−47.1%')).toBe(-47.1);
    expect(parseCellNumber(' 7 ')).toBe(7);
  });

  it('refuses a text cell and names its row and column as Excel shows them', () => {
    expect(parsePastedTable('类别\t件数\n停车\t12\n绿化\t很多')).toEqual({
      ok: false,
      error: { code: 'notANumber', row: 3, column: 2, text: '很多' },
    });
    expect(columnLetter(2)).toBe('B');
    expect(columnLetter(27)).toBe('AA');
  });

  it('refuses what a chart card cannot hold, and a block without data', () => {
    expect(parsePastedTable('只有一行\t1')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parsePastedTable('a\nb\nc')).toEqual({ ok: false, error: { code: 'noValueColumn' } });
    expect(parsePastedTable('x\ta\tb\tc\td\te\nr\t1\t2\t3\t4\t5')).toEqual({
      ok: false,
      error: { code: 'tooManyColumns', count: 5 },
    });
    const rows = Array.from({ length: 13 }, (_, i) => `r${i}\t${i}`).join('\n');
    expect(parsePastedTable(`x\tn\n${rows}`)).toEqual({
      ok: false,
      error: { code: 'tooManyRows', count: 13 },
    });
    expect(parsePastedTable('x\tn\n\t5')).toEqual({ ok: false, error: { code: 'blankLabel', row: 2 } });
    expect(parsePastedTable('x\t\tm\nr\t1\t2')).toEqual({
      ok: false,
      error: { code: 'blankColumnName', column: 2 },
    });
  });

  it('reads a quoted cell holding a tab or a line break as one cell', () => {
    const parsed = parsePastedTable('项目\t"件数\n(本年)"\n"停车\t管理"\t5');
    expect(parsed).toEqual({
      ok: true,
      columns: ['件数\n(本年)'],
      rows: [{ label: '停车\t管理', values: [5] }],
    });
  });
});
