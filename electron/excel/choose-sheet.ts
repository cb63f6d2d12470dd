import type * as XLSX from '@e965/xlsx';
import type { HeaderMapping, MappingRule, SheetInfo } from '../../shared/domain/import';
import { headerScore, mapHeaderRow } from '../../shared/logic/header-recognition';
import { normalizeKey } from '../../shared/logic/text-normalize';
import { refuse } from './import-refusal';
import { cellText, sheetCells, type SheetCells } from './sheet-cells';

/** Title, 制表日期 and notes rarely take more than a few rows; 30 leaves room for long preambles. */
const HEADER_SCAN_ROWS = 30;
const INSTRUCTION_SHEET = /说明|须知|指引|帮助|填表|封面|目录|readme|instruction|help/i;

export interface HeaderFound {
  /** 0-based row index in the sheet. */
  row: number;
  mapping: HeaderMapping;
  score: number;
}

export interface ChosenSheet {
  cells: SheetCells;
  header: HeaderFound;
  sheets: SheetInfo[];
}

export function findHeader(cells: SheetCells, rules: readonly MappingRule[]): HeaderFound | null {
  let best: HeaderFound | null = null;
  const last = Math.min(cells.lastRow, cells.firstRow + HEADER_SCAN_ROWS - 1);
  for (let r = cells.firstRow; r <= last; r++) {
    const row = cells.row(r);
    if (!row) continue;
    const headers: string[] = [];
    for (let c = 0; c <= cells.lastCol; c++) headers.push(cellText(row[c]));
    const mapping = mapHeaderRow(headers, rules);
    const score = headerScore(mapping);
    // The first row with the best score: a data row below the header never outranks it by accident.
    if (score > 0 && (!best || score > best.score)) best = { row: r, mapping, score };
  }
  return best;
}

function hasAnyCell(cells: SheetCells | null): boolean {
  if (!cells) return false;
  for (let r = cells.firstRow; r <= cells.lastRow; r++) {
    const row = cells.row(r);
    if (row?.some((cell) => cellText(cell).trim() !== '' || cell?.t === 'd')) return true;
  }
  return false;
}

function sheetList(workbook: XLSX.WorkBook): string {
  return workbook.SheetNames.map((n) => `「${n}」`).join('、');
}

/** The visible, non-instruction sheet whose header names the most fields; or the one the user named. */
export function chooseSheet(
  workbook: XLSX.WorkBook,
  rules: readonly MappingRule[],
  wanted?: string,
): ChosenSheet {
  const names = workbook.SheetNames;
  // SheetJS stores a sheet named __proto__ as the prototype of its Sheets map (harmless, but not an own
  // property); accept whatever is found there only if it really is a worksheet.
  const sheetAt = (i: number): XLSX.WorkSheet | undefined => {
    const sheet: unknown = workbook.Sheets[names[i]!];
    return typeof sheet === 'object' && sheet !== null && Object.prototype.hasOwnProperty.call(sheet, '!ref')
      ? (sheet as XLSX.WorkSheet)
      : undefined;
  };

  const infos: SheetInfo[] = [];
  const candidates: Array<{ index: number; cells: SheetCells; header: HeaderFound }> = [];
  let anyData = false;
  names.forEach((name, index) => {
    const hidden = (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
    const cells = sheetCells(name, sheetAt(index));
    if (hasAnyCell(cells)) anyData = true;
    const header = cells ? findHeader(cells, rules) : null;
    const score = header?.score ?? 0;
    const role = hidden
      ? 'hidden'
      : INSTRUCTION_SHEET.test(name)
        ? 'instructions'
        : header
          ? 'data'
          : 'noHeader';
    infos.push({ name, role, score });
    if (cells && header) candidates.push({ index, cells, header });
  });

  if (wanted !== undefined) {
    const key = normalizeKey(wanted);
    const index = names.findIndex((n) => normalizeKey(n) === key);
    if (index === -1)
      refuse('sheet_not_found', `找不到名为「${wanted}」的工作表；本文件的工作表有：${sheetList(workbook)}`);
    const cells = sheetCells(names[index]!, sheetAt(index));
    if (!hasAnyCell(cells) || !cells)
      refuse('empty_sheet', `没有可导入的数据：工作表「${names[index]}」是空的`);
    const header = findHeader(cells, rules);
    if (!header) refuse('no_header', noHeaderMessage(`工作表「${names[index]}」`));
    return { cells, header, sheets: infos };
  }

  if (!anyData) refuse('empty_sheet', '没有可导入的数据：文件里的工作表都是空的');
  const eligible = candidates.filter((c) => infos[c.index]!.role === 'data');
  const best = eligible.reduce<(typeof eligible)[number] | undefined>(
    (b, c) => (!b || c.header.score > b.header.score ? c : b),
    undefined,
  );
  if (!best) {
    const hiddenOnly = candidates.length > 0;
    refuse(
      'no_header',
      hiddenOnly
        ? `可见的工作表里没有可识别的表头；表头只出现在隐藏或说明工作表中。请用 --sheet 指定要导入的工作表（本文件的工作表有：${sheetList(workbook)}）`
        : noHeaderMessage(names.length > 1 ? `各工作表（${sheetList(workbook)}）` : '工作表'),
    );
  }
  return { cells: best.cells, header: best.header, sheets: infos };
}

function noHeaderMessage(where: string): string {
  return `没有找到可识别的表头：${where}前 ${HEADER_SCAN_ROWS} 行中没有“工单编号”“问题分类”“诉求内容”这类列名（至少要有其中一列，另加社区、时间等任一列）。请检查表头，或在导入时手动指定各列对应的内容`;
}
