import * as XLSX from '@e965/xlsx';
import { refuse } from './import-refusal';
import type { SniffedFile } from './sniff-file';
import { checkZipLimits } from './zip-limits';

/**
 * Only what the importer uses: dense sheets (fast row access), dates as Date cells, no formatted text,
 * no HTML, no formulas (a formula cell keeps its cached value; nothing is ever evaluated), no styles.
 * CSV, HTML and XML come in as text with `raw`, so every value stays a string: 0012 and =SUM(A1)
 * survive as written.
 */
const READ_OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  cellDates: true,
  cellText: false,
  cellHTML: false,
  cellFormula: false,
  cellNF: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
};

function isEncryptedError(message: string): boolean {
  return /password|encrypt/i.test(message);
}

/**
 * SheetJS drops a sheet whose part fails to parse (a missing part, XML it cannot read, a part too long
 * for a string) and carries on, which would read as "the sheets are empty". Such a sheet is absent from
 * Sheets; under the name __proto__ the lookup then finds Object.prototype itself.
 */
function unreadableSheets(workbook: XLSX.WorkBook): string[] {
  return workbook.SheetNames.filter((name) => {
    const sheet: unknown = workbook.Sheets[name];
    return sheet === undefined || sheet === Object.prototype;
  });
}

function parse(file: SniffedFile): XLSX.WorkBook {
  try {
    if ('bytes' in file) return XLSX.read(file.bytes, { ...READ_OPTIONS, type: 'array' });
    return XLSX.read(file.text, { ...READ_OPTIONS, type: 'string', raw: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isEncryptedError(message))
      refuse('encrypted', '文件设置了打开密码，无法读取。请在 Excel 里取消密码后另存，再导入');
    if ('bytes' in file) {
      refuse(
        'damaged',
        `文件已损坏或不完整，无法作为 ${file.format} 表格读取。请用 Excel 打开检查，或重新导出后再导入`,
      );
    }
    refuse('not_spreadsheet', '无法把文件内容读成表格。请确认它是 xlsx、xls 或 csv 文件');
  }
}

/** xls and text formats are bounded by the file size; an xlsx is checked against its unpacked size first. */
export function readWorkbook(file: SniffedFile): XLSX.WorkBook {
  if (file.format === 'xlsx') checkZipLimits(file.bytes);
  const workbook = parse(file);
  const unreadable = unreadableSheets(workbook);
  if (unreadable.length > 0) {
    refuse(
      'damaged',
      `文件已损坏或格式异常：工作表${unreadable.map((n) => `「${n}」`).join('、')}无法读取，没有导入任何内容。请用 Excel 打开检查后另存，或重新导出后再导入`,
    );
  }
  return workbook;
}
