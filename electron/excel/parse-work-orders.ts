import type * as XLSX from '@e965/xlsx';
import type {
  ImportOutcome,
  ImportProgress,
  ImportResult,
  ResolvedImportOptions,
} from '../../shared/domain/import';
import type { FieldLimits } from '../../shared/logic/import-field-labels';
import { chooseSheet } from './choose-sheet';
import { ImportRefused, refuse } from './import-refusal';
import { readWorkbook } from './read-workbook';
import { columnSamples, rowsToOpinions } from './rows-to-opinions';
import { sniffFile } from './sniff-file';

/**
 * The whole import of one file, synchronously: sniff, read, choose the sheet and header, read the rows.
 * Options arrive already validated; this module and everything it imports stay free of zod, so the parse
 * worker starts quickly. Refusals come back as values, never thrown.
 */
export function parseWorkOrders(
  bytes: Uint8Array,
  options: ResolvedImportOptions,
  limits: FieldLimits,
  onProgress?: (p: ImportProgress) => void,
): ImportOutcome {
  try {
    return { ok: true, result: importOrRefuse(bytes, options, limits, onProgress) };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, refusal: error.refusal };
    throw error;
  }
}

function chooseSheetOf(
  workbook: XLSX.WorkBook,
  format: ImportResult['format'],
  options: ResolvedImportOptions,
) {
  try {
    return chooseSheet(workbook, options.mapping ?? [], options.sheet);
  } catch (error) {
    // A web page with a table in it is not an export unless the table is one: say "web page", not "header".
    if (format === 'html' && error instanceof ImportRefused && error.refusal.code !== 'sheet_not_found') {
      refuse(
        'html_page',
        '这是一个网页（HTML）文件，里面没有可识别的诉求表格；常见于导出失败时保存下来的网页。请回到原系统重新导出',
      );
    }
    throw error;
  }
}

function importOrRefuse(
  bytes: Uint8Array,
  options: ResolvedImportOptions,
  limits: FieldLimits,
  onProgress?: (p: ImportProgress) => void,
): ImportResult {
  const file = sniffFile(bytes, options.maxBytes);
  onProgress?.({ phase: 'read', done: 0, total: 1 });
  const workbook = readWorkbook(file);
  onProgress?.({ phase: 'read', done: 1, total: 1 });
  if (workbook.SheetNames.length === 0) refuse('empty_sheet', '没有可导入的数据：文件里没有工作表');

  const { cells, header, sheets } = chooseSheetOf(workbook, file.format, options);
  const rows = rowsToOpinions(cells, header.row, header.mapping, options, limits, onProgress);
  if (rows.records.length === 0) {
    refuse(
      'empty_sheet',
      `没有可导入的数据：工作表「${cells.name}」的表头（第 ${header.row + 1} 行）下面没有可作为诉求的行`,
    );
  }
  return {
    format: file.format,
    encoding: 'text' in file ? file.encoding : null,
    sheet: cells.name,
    sheets,
    headerRow: header.row + 1,
    mapping: header.mapping,
    samples: columnSamples(cells, header.row, header.mapping),
    ...rows,
  };
}
