import type * as XLSX from '@e965/xlsx';
import { DEFAULT_IMPORT_MAX_BYTES } from '../../shared/domain/import';
import type {
  ProjectColumn,
  ProjectField,
  ProjectSheetRecord,
  ProjectSheetResult,
  RowRefusal,
} from '../../shared/domain/project';
import { excelDateToIso, excelSerialToIso, parseDateText } from '../../shared/logic/opinion-values';
import { CATEGORY_LABELS, categoryFromText, stageFromText } from '../../shared/logic/projects/categories';
import {
  amountScale,
  mapProjectHeaders,
  projectHeaderScore,
} from '../../shared/logic/projects/project-headers';
import {
  normalizeCode,
  normalizeHeader,
  normalizeKey,
  normalizeText,
} from '../../shared/logic/text-normalize';
import { refuse } from './import-refusal';
import { readWorkbook } from './read-workbook';
import {
  cellText,
  cellValue,
  isBlankValue,
  sheetCells,
  type CellValue,
  type SheetCells,
} from './sheet-cells';
import { sniffFile } from './sniff-file';

export interface ProjectSheetRead extends ProjectSheetResult {
  /** Every sheet name of the workbook, for the preview's sheet picker. */
  sheets: string[];
}

/** Title, 制表日期 and notes rarely take more than a few rows; 30 leaves room for long preambles. */
const HEADER_SCAN_ROWS = 30;
const INSTRUCTION_SHEET = /说明|须知|指引|帮助|填表|封面|目录|readme|instruction|help/i;
const TOTAL_MARK = /^(合计|总计|共计)/;
const SUBTOTAL_MARK = /^小计/;
const FOOTER_MARK = /^(注|备注|说明|制表|审核|填表|负责人|统计人|联系人|数据来源)/;
const ALLOWED_CATEGORIES = Object.values(CATEGORY_LABELS).join('、');

const DONE_WORDS = new Set([
  '是',
  '已完成',
  '完成',
  '√',
  '✓',
  '✔',
  '已办结',
  '办结',
  '已竣工',
  '竣工',
  '已验收',
  'y',
  'yes',
  'true',
]);
const NOT_DONE_WORDS = new Set([
  '否',
  '未完成',
  '推进中',
  '实施中',
  '进行中',
  '在建',
  '施工中',
  '未开始',
  '未办结',
  '办理中',
  '×',
  '✗',
  'n',
  'no',
  'false',
]);

interface HeaderFound {
  /** 0-based. */
  row: number;
  columns: ProjectColumn[];
  score: number;
}

function findProjectHeader(cells: SheetCells): HeaderFound | null {
  let best: HeaderFound | null = null;
  const last = Math.min(cells.lastRow, cells.firstRow + HEADER_SCAN_ROWS - 1);
  for (let r = cells.firstRow; r <= last; r++) {
    const row = cells.row(r);
    if (!row) continue;
    const width = Math.min(row.length, cells.lastCol + 1);
    const headers: string[] = [];
    for (let c = 0; c < width; c++) headers.push(cellText(row[c]));
    const columns = mapProjectHeaders(headers);
    const score = projectHeaderScore(columns);
    // The first row with the best score: a data row below the header never outranks it by accident.
    if (score > 0 && (!best || score > best.score)) best = { row: r, columns, score };
  }
  return best;
}

function hasAnyCell(cells: SheetCells | null): cells is SheetCells {
  if (!cells) return false;
  for (let r = cells.firstRow; r <= cells.lastRow; r++) {
    const row = cells.row(r);
    if (row?.some((cell) => cellText(cell).trim() !== '' || cell?.t === 'd')) return true;
  }
  return false;
}

const sheetList = (names: readonly string[]) => names.map((n) => `「${n}」`).join('、');

const noHeaderMessage = (where: string) =>
  `没有找到项目清单的表头：${where}前 ${HEADER_SCAN_ROWS} 行中没有“项目名称”（或“项目”）这一列，另加“项目类别”“街镇”等任一列。请检查表头后再导入`;

interface Chosen {
  cells: SheetCells;
  header: HeaderFound;
}

function chooseProjectSheet(workbook: XLSX.WorkBook, wanted: string | undefined): Chosen {
  const names = workbook.SheetNames;
  // A sheet named __proto__ lands on the Sheets map's prototype; only a real worksheet is taken.
  const sheetAt = (i: number): XLSX.WorkSheet | undefined => {
    const sheet: unknown = workbook.Sheets[names[i]!];
    return typeof sheet === 'object' && sheet !== null && Object.prototype.hasOwnProperty.call(sheet, '!ref')
      ? (sheet as XLSX.WorkSheet)
      : undefined;
  };

  if (wanted !== undefined) {
    const key = normalizeKey(wanted);
    const index = names.findIndex((n) => normalizeKey(n) === key);
    if (index === -1)
      refuse('sheet_not_found', `找不到名为「${wanted}」的工作表；本文件的工作表有：${sheetList(names)}`);
    const cells = sheetCells(names[index]!, sheetAt(index));
    if (!hasAnyCell(cells)) refuse('empty_sheet', `没有可导入的项目：工作表「${names[index]}」是空的`);
    const header = findProjectHeader(cells);
    if (!header) refuse('no_header', noHeaderMessage(`工作表「${names[index]}」`));
    return { cells, header };
  }

  let anyData = false;
  let hiddenHeader = false;
  let best: Chosen | null = null;
  names.forEach((name, index) => {
    const cells = sheetCells(name, sheetAt(index));
    if (!hasAnyCell(cells)) return;
    anyData = true;
    const header = findProjectHeader(cells);
    if (!header) return;
    const hidden = (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
    if (hidden || INSTRUCTION_SHEET.test(name)) {
      hiddenHeader = true;
      return;
    }
    if (!best || header.score > best.header.score) best = { cells, header };
  });
  if (!anyData) refuse('empty_sheet', '没有可导入的项目：文件里的工作表都是空的');
  if (!best) {
    refuse(
      'no_header',
      hiddenHeader
        ? `可见的工作表里没有项目清单的表头；表头只出现在隐藏或说明工作表中。请用 --sheet 指定要读取的工作表（本文件的工作表有：${sheetList(names)}）`
        : noHeaderMessage(names.length > 1 ? `各工作表（${sheetList(names)}）` : '工作表'),
    );
  }
  return best;
}

function shortText(v: CellValue): string {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

function asText(v: CellValue): string {
  if (v === null) return '';
  if (v instanceof Date) return (excelDateToIso(v) ?? '').slice(0, 10);
  return typeof v === 'string' ? normalizeText(v) : String(v);
}

/** A date cell as a LocalDate: Excel dates carry the Beijing wall clock in their UTC fields. */
function readDate(v: CellValue): string | null | undefined {
  if (isBlankValue(v)) return null;
  let iso: string | undefined;
  if (v instanceof Date) iso = excelDateToIso(v);
  else if (typeof v === 'number') iso = excelSerialToIso(v);
  else if (typeof v === 'string') iso = parseDateText(v);
  return iso ? iso.slice(0, 10) : undefined;
}

/** An amount in 元; undefined when the cell is not a readable non-negative number. */
function readAmount(v: CellValue, scale: number): number | null | undefined {
  if (isBlankValue(v)) return null;
  let n: number;
  let unit = scale;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const key = normalizeKey(v).replace(/[,\s]/g, '');
    const m = /^(?:¥|￥)?(-?\d+(?:\.\d+)?)(万元|万|元)?$/.exec(key);
    if (!m) return undefined;
    n = Number(m[1]);
    if (m[2] === '万元' || m[2] === '万') unit = 10_000;
    else if (m[2] === '元') unit = 1;
  } else return undefined;
  if (!Number.isFinite(n) || n < 0) return undefined;
  return Math.round(n * unit * 100) / 100;
}

/** A percentage cell: 60%, 0.6 (Excel's percent format), 60. */
function readPercent(v: CellValue): number | undefined {
  let n: number | undefined;
  if (typeof v === 'number') n = v >= 0 && v <= 1 ? v * 100 : v;
  else if (typeof v === 'string') {
    const m = /^(\d+(?:\.\d+)?)%?$/.exec(normalizeKey(v).replace(/\s/g, ''));
    if (m) n = Number(m[1]);
  }
  if (n === undefined || !Number.isFinite(n) || n < 0 || n > 100) return undefined;
  return Math.round(n);
}

type Completion = { done: boolean; percent: number | null } | undefined;

function readCompletion(v: CellValue): Completion {
  if (isBlankValue(v)) return { done: false, percent: null };
  if (typeof v === 'boolean') return { done: v, percent: null };
  if (typeof v === 'string') {
    const key = normalizeKey(v).replace(/\s/g, '').toLowerCase();
    if (DONE_WORDS.has(key)) return { done: true, percent: null };
    if (NOT_DONE_WORDS.has(key)) return { done: false, percent: null };
  }
  const percent = readPercent(v);
  return percent === undefined ? undefined : { done: percent === 100, percent };
}

type Columns = Partial<Record<ProjectField, ProjectColumn>>;

function rowsToProjects(cells: SheetCells, header: HeaderFound): ProjectSheetResult {
  const byField: Columns = {};
  for (const c of header.columns) if (c.field && !byField[c.field]) byField[c.field] = c;
  if (!byField.category) {
    refuse(
      'no_header',
      `工作表「${cells.name}」第 ${header.row + 1} 行的表头里没有“项目类别”列；每个项目须注明类别（${ALLOWED_CATEGORIES}）。请加上这一列后再导入`,
    );
  }
  const col = (field: ProjectField): number => byField[field]?.column ?? -1;
  const cCode = col('code');
  const cSerial = col('serial');
  const cName = col('name');
  const cCategory = col('category');
  const cTown = col('town');
  const cCommunity = col('community');
  const cLead = col('leadUnit');
  const cCo = col('coUnits');
  const cPlanned = col('fundsPlanned');
  const cSpent = col('fundsSpent');
  const cDeadline = col('deadline');
  const cCompleted = col('completed');
  const cCompletedOn = col('completedOn');
  const cProgress = col('progress');
  const cStage = col('stage');
  const plannedScale = byField.fundsPlanned ? amountScale(byField.fundsPlanned.header) : 1;
  const spentScale = byField.fundsSpent ? amountScale(byField.fundsSpent.header) : 1;
  const hasCompletion = cCompleted >= 0 || cProgress >= 0;
  // Exports that glue pages together repeat the header; compare fully only when the name cell matches.
  const probe = byField.name;
  const headerKeys = header.columns.map((c) => normalizeHeader(c.header)).join('\u0001');

  const records: ProjectSheetRecord[] = [];
  const refused: RowRefusal[] = [];
  const warnings: RowRefusal[] = [];
  const firstRowOf = new Map<string, number>();
  let passed = 0;
  let afterTotal = false;

  for (let r = header.row + 1; r <= cells.lastRow; r++) {
    const sheetRow = r + 1;
    const row = cells.row(r);
    const at = (c: number): CellValue => (c < 0 || !row ? null : cellValue(row[c]));
    let firstText: string | null = null;
    let nonBlank = 0;
    if (row) {
      const width = Math.min(row.length, cells.lastCol + 1);
      for (let c = 0; c < width; c++) {
        const v = cellValue(row[c]);
        if (isBlankValue(v)) continue;
        nonBlank += 1;
        if (firstText === null)
          firstText = v instanceof Date ? '' : normalizeKey(String(v)).replace(/\s/g, '');
        if (nonBlank > 1) break;
      }
    }
    if (nonBlank === 0 || afterTotal) {
      passed += 1;
      continue;
    }
    const lead = firstText ?? '';
    if (TOTAL_MARK.test(lead)) {
      // What follows a 合计 is the sheet's footer (notes, signatures), never more projects.
      afterTotal = true;
      passed += 1;
      continue;
    }
    if (SUBTOTAL_MARK.test(lead) || (nonBlank === 1 && FOOTER_MARK.test(lead))) {
      passed += 1;
      continue;
    }
    if (
      row &&
      probe &&
      cellText(row[probe.column]).trim() === probe.header &&
      header.columns.map((c) => normalizeHeader(cellText(row[c.column]))).join('\u0001') === headerKeys
    ) {
      passed += 1;
      continue;
    }

    const name = asText(at(cName));
    if (name === '') {
      refused.push({ row: sheetRow, reason: '缺少项目名称' });
      continue;
    }
    const categoryCell = at(cCategory);
    const categoryText = asText(categoryCell);
    const category = categoryText === '' ? null : categoryFromText(categoryText);
    if (!category) {
      refused.push({
        row: sheetRow,
        reason:
          categoryText === ''
            ? `「${name}」缺少项目类别，应为${ALLOWED_CATEGORIES}之一`
            : `项目类别「${shortText(categoryText)}」无法识别，应为${ALLOWED_CATEGORIES}之一`,
      });
      continue;
    }
    const codeCell = at(cCode);
    const code =
      typeof codeCell === 'number' && Number.isSafeInteger(codeCell)
        ? String(codeCell)
        : isBlankValue(codeCell)
          ? ''
          : normalizeCode(asText(codeCell));
    if (code !== '') {
      const first = firstRowOf.get(code);
      if (first !== undefined) {
        refused.push({ row: sheetRow, reason: `项目编号「${code}」与第 ${first} 行重复` });
        continue;
      }
      firstRowOf.set(code, sheetRow);
    }
    const serial = asText(at(cSerial));
    const warn = (reason: string) => warnings.push({ row: sheetRow, reason });

    const amount = (c: number, scale: number, label: string): number | null => {
      if (c < 0) return null;
      const v = at(c);
      const yuan = readAmount(v, scale);
      if (yuan === undefined) {
        warn(`${label}「${shortText(v)}」不是金额，已留空`);
        return null;
      }
      return yuan;
    };
    const date = (c: number, label: string): string | null => {
      if (c < 0) return null;
      const v = at(c);
      const d = readDate(v);
      if (d === undefined) {
        warn(`${label}「${shortText(v)}」不是可识别的日期，已留空`);
        return null;
      }
      return d;
    };

    let completed: boolean | null = null;
    let progress: number | null = null;
    if (cProgress >= 0) {
      const v = at(cProgress);
      if (!isBlankValue(v)) {
        const p = readPercent(v);
        if (p === undefined) warn(`完成进度「${shortText(v)}」不是百分比，已留空`);
        else progress = p;
      }
    }
    const completedOn = date(cCompletedOn, byField.completedOn?.header ?? '完成日期');
    if (cCompleted >= 0) {
      const v = at(cCompleted);
      const read = readCompletion(v);
      if (read === undefined) {
        warn(`${byField.completed!.header}「${shortText(v)}」无法识别，按未完成计`);
        completed = false;
      } else {
        completed = read.done || (isBlankValue(v) && completedOn !== null);
        if (read.percent !== null && progress === null) progress = read.percent;
      }
    } else if (hasCompletion) {
      completed = progress === 100;
    }
    if (completed && progress === null) progress = 100;

    const stageCell = at(cStage);
    let stage = null;
    if (!isBlankValue(stageCell)) {
      stage = stageFromText(asText(stageCell));
      if (!stage) warn(`项目阶段「${shortText(stageCell)}」无法识别，已留空`);
    }

    const coText = asText(at(cCo));
    records.push({
      row: sheetRow,
      ref: code || serial || `第${sheetRow}行`,
      code,
      name,
      category,
      town: asText(at(cTown)),
      community: asText(at(cCommunity)),
      leadUnit: asText(at(cLead)),
      coUnits:
        coText === ''
          ? []
          : coText
              .split(/[、,，;；/\n]+/)
              .map((s) => s.trim())
              .filter(Boolean),
      fundsPlannedYuan: amount(cPlanned, plannedScale, byField.fundsPlanned?.header ?? '计划资金'),
      fundsSpentYuan: amount(cSpent, spentScale, byField.fundsSpent?.header ?? '已用资金'),
      deadline: date(cDeadline, byField.deadline?.header ?? '完成时限'),
      completed,
      completedOn,
      progress,
      stage,
    });
  }

  return {
    sheet: cells.name,
    headerRow: header.row + 1,
    columns: header.columns,
    records,
    refused,
    warnings,
    passed,
    hasCompletion,
  };
}

/**
 * Reads a project-list sheet as the opinion importer reads work orders: the header found below title
 * rows, 合计 and note rows passed over, header variants recognised, each refused row with its number.
 * Throws ImportRefused (a Chinese message) when no sheet has a project header, or the named sheet is
 * missing or empty.
 */
export function readProjectSheet(workbook: XLSX.WorkBook, wanted?: string): ProjectSheetRead {
  const { cells, header } = chooseProjectSheet(workbook, wanted);
  return { ...rowsToProjects(cells, header), sheets: [...workbook.SheetNames] };
}

/** The bytes of a file as a project sheet: sniffed, size- and zip-checked, then read. */
export function readProjectFile(bytes: Uint8Array, wanted?: string): ProjectSheetRead {
  return readProjectSheet(readWorkbook(sniffFile(bytes, DEFAULT_IMPORT_MAX_BYTES)), wanted);
}
