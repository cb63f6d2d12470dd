import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/api';
import type { ImportRefusalCode } from '../../shared/domain/import';
import { importWorkOrders } from '../../electron/excel/import-work-orders';
import { refusalToAppError } from '../../electron/excel/refusal-to-app-error';
import {
  emptySheetXlsx,
  headerOnlyXlsx,
  htmlErrorPage,
  noHeaderXlsx,
  plainXlsx,
  textErrorPage,
  truncatedXls,
  truncatedXlsx,
} from '../fixtures/make-fixtures';
import { missingSheetXlsx } from './make-zip-bombs';

function refusal(bytes: Uint8Array, options = {}) {
  const outcome = importWorkOrders(bytes, options);
  if (outcome.ok) throw new Error(`imported ${outcome.result.records.length} records instead of refusing`);
  return outcome.refusal;
}

describe('files that are refused, each with its own Chinese message', () => {
  const cases: Array<[string, () => Uint8Array, ImportRefusalCode, RegExp]> = [
    ['an empty file', () => new Uint8Array(0), 'empty_file', /文件是空的/],
    [
      'an HTML error page saved as .xlsx',
      htmlErrorPage,
      'html_page',
      /网页（HTML）文件，不是表格.*502 Bad Gateway/,
    ],
    ['a text error page saved as .xlsx', textErrorPage, 'not_spreadsheet', /一段文字，不是表格：「系统繁忙/],
    ['a truncated xlsx', truncatedXlsx, 'damaged', /损坏或不完整/],
    ['a truncated xls', truncatedXls, 'damaged', /损坏或不完整/],
    ['a zip that is not a workbook', () => zipWithoutWorkbook(), 'damaged', /损坏或不完整/],
    ['a PDF', () => Buffer.from('%PDF-1.7\n...'), 'not_spreadsheet', /PDF 文档，不是表格文件/],
    ['a binary blob', () => new Uint8Array([1, 0, 2, 0, 3]), 'not_spreadsheet', /不是可识别的表格格式/],
    ['an empty sheet', emptySheetXlsx, 'empty_sheet', /^没有可导入的数据/],
    ['a header with no rows under it', headerOnlyXlsx, 'empty_sheet', /^没有可导入的数据：.*第 1 行/],
    ['a sheet without a recognisable header', noHeaderXlsx, 'no_header', /没有找到可识别的表头/],
    ['a CSV of blank lines', () => Buffer.from('\n\n  \n'), 'empty_sheet', /^没有可导入的数据/],
    // SheetJS drops a sheet it cannot read and carries on; that is not an empty sheet.
    [
      'a workbook whose sheet part is missing',
      missingSheetXlsx,
      'damaged',
      /^文件已损坏或格式异常：工作表「工单」无法读取/,
    ],
  ];

  it.each(cases)('%s', (_name, build, code, message) => {
    const r = refusal(build());
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
  });

  it('refuses a file over the size limit and names the limit', () => {
    const bytes = plainXlsx(300);
    const r = refusal(bytes, { maxBytes: 4096 });
    expect(r.code).toBe('too_large');
    expect(r.message).toMatch(/^文件大小为 \d+ KB，超过了导入上限 4 KB；/);
    const r50 = refusal(new Uint8Array(51 * 1024 * 1024));
    expect(r50.message).toMatch(/文件大小为 51 MB，超过了导入上限 50 MB/);
  });

  it('turns a refusal into the API error the dispatcher answers with', () => {
    expect(refusalToAppError({ code: 'too_large', message: 'x' }).code).toBe('too_large');
    expect(refusalToAppError({ code: 'damaged', message: '文件已损坏' })).toMatchObject({
      code: 'invalid_input',
      message: '文件已损坏',
    });
  });

  it('gives time-out, out-of-memory and unpacked size codes of their own, not internal', () => {
    const codes = (['timeout', 'out_of_memory', 'too_large_uncompressed', 'compression_ratio'] as const).map(
      (code) => refusalToAppError({ code, message: 'x' }).code,
    );
    expect(codes).toEqual(['timeout', 'out_of_memory', 'too_large_uncompressed', 'too_large_uncompressed']);
  });

  it('the renderer can name each of those codes in both languages, and the queued phase', () => {
    const translations = ['zh-CN', 'en-US'].map(
      (lang) =>
        JSON.parse(readFileSync(new URL(`../../renderer/i18n/${lang}.json`, import.meta.url), 'utf8')) as {
          errors: Record<string, string>;
          imports: { phase: Record<string, string> };
        },
    );
    for (const code of ['timeout', 'out_of_memory', 'too_large_uncompressed']) {
      expect(ErrorCode.options).toContain(code);
      for (const t of translations) expect(t.errors[code]).toMatch(/\S/);
    }
    for (const t of translations) expect(t.imports.phase.queued).toContain('{{total}}');
  });
});

/** A well-formed zip with one unrelated file in it. */
function zipWithoutWorkbook(): Uint8Array {
  const name = Buffer.from('a.txt');
  const data = Buffer.from('hello');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
