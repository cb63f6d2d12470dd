import type * as XLSX from '@e965/xlsx';
import type {
  ColumnSamples,
  DuplicateRow,
  HeaderMapping,
  ImportField,
  ImportedOpinion,
  ImportProgress,
  ResolvedImportOptions,
  RowWarning,
  SkippedRow,
} from '../../shared/domain/import';
import { IMPORT_FIELD_LABELS, type FieldLimits } from '../../shared/logic/import-field-labels';
import {
  CHANNEL_LABELS,
  excelDateToIso,
  excelSerialToIso,
  isHandlingStatusWord,
  parseChannel,
  parseClosed,
  parseDateText,
  parseResolved,
  parseResponded,
  parseSatisfaction,
} from '../../shared/logic/opinion-values';
import {
  normalizeCode,
  normalizeHeader,
  normalizeKey,
  normalizeText,
} from '../../shared/logic/text-normalize';
import { cellText, cellValue, isBlankValue, type CellValue, type SheetCells } from './sheet-cells';

export interface RowsRead {
  records: ImportedOpinion[];
  skipped: SkippedRow[];
  duplicates: DuplicateRow[];
  warnings: RowWarning[];
}

/** Longer runs of blank rows (formatting carried far below the data) are reported as one entry. */
const BLANK_RUN_REPORTED_AS_ONE = 10;
const PROGRESS_EVERY = 2000;

const TOTAL_MARK = /^(合计|总计|总数|共计)/;
const SUBTOTAL_MARK = /^小计/;
const FOOTER_MARK = /^(注|备注|说明|制表|审核|填表|负责人|统计人|联系人:|数据来源)/;

type Columns = Partial<Record<ImportField, number>>;

function columnsOf(mapping: HeaderMapping): Columns {
  const columns: Columns = {};
  for (const m of mapping) if (m.field && columns[m.field] === undefined) columns[m.field] = m.column;
  return columns;
}

/** Integers up to 2^53 convert exactly; past that the sheet already lost digits and we cannot say which. */
function digitsOfNumber(n: number): string | undefined {
  if (Number.isSafeInteger(n) && n >= 0) return BigInt(n).toString();
  return undefined;
}

function shortText(v: CellValue): string {
  const s = v instanceof Date ? v.toISOString() : String(v);
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

/** Reads the data rows below the header into opinions, skipping what is not an opinion and saying why. */
export function rowsToOpinions(
  cells: SheetCells,
  headerRow: number,
  mapping: HeaderMapping,
  options: ResolvedImportOptions,
  limits: FieldLimits,
  onProgress?: (p: ImportProgress) => void,
): RowsRead {
  const columns = columnsOf(mapping);
  const mappedColumns = mapping.filter((m) => m.field).map((m) => m.column);
  const headerKeys = mapping.map((m) => normalizeHeader(m.header)).join('\u0001');
  // Exports that glue pages together repeat the header; compare fully only when the first mapped cell matches.
  const probe = mapping.find((m) => m.field && m.header !== '');
  const repeatsHeader = (row: ReadonlyArray<XLSX.CellObject | undefined>) =>
    mapping.map((m) => normalizeHeader(cellText(row[m.column]))).join('\u0001') === headerKeys;
  const records: ImportedOpinion[] = [];
  const skipped: SkippedRow[] = [];
  const duplicates: DuplicateRow[] = [];
  const warnings: RowWarning[] = [];
  const firstRowOf = new Map<string, number>();
  const keptAs = options.defaultChannel
    ? `按「${CHANNEL_LABELS[options.defaultChannel]}」记录`
    : '渠道记为“未注明”';

  let blankRun: number[] = [];
  const flushBlanks = () => {
    if (blankRun.length >= BLANK_RUN_REPORTED_AS_ONE) {
      const first = blankRun[0]!;
      const last = blankRun[blankRun.length - 1]!;
      skipped.push({ row: first, reason: `空行（第 ${first}–${last} 行，共 ${blankRun.length} 行）` });
    } else {
      for (const row of blankRun) skipped.push({ row, reason: '空行' });
    }
    blankRun = [];
  };

  let afterTotal = false;
  const total = cells.lastRow - headerRow;
  for (let r = headerRow + 1; r <= cells.lastRow; r++) {
    const done = r - headerRow;
    if (onProgress && done % PROGRESS_EVERY === 0) onProgress({ phase: 'rows', done, total });
    const sheetRow = r + 1;
    const row = cells.row(r);
    const nonBlank: Array<{ column: number; value: CellValue }> = [];
    if (row) {
      const width = Math.min(row.length, cells.lastCol + 1);
      for (let c = 0; c < width; c++) {
        const value = cellValue(row[c]);
        if (!isBlankValue(value)) nonBlank.push({ column: c, value });
      }
    }
    if (nonBlank.length === 0) {
      blankRun.push(sheetRow);
      continue;
    }
    flushBlanks();

    if (afterTotal) {
      skipped.push({ row: sheetRow, reason: '位于合计行之后，视为表尾说明，不是诉求' });
      continue;
    }
    const leading = nonBlank
      .slice(0, 3)
      .map((x) => normalizeKey(cellText(row?.[x.column])).replace(/\s/g, ''));
    if (leading.some((t) => TOTAL_MARK.test(t))) {
      skipped.push({ row: sheetRow, reason: '合计行，不是诉求' });
      afterTotal = true;
      continue;
    }
    if (leading.some((t) => SUBTOTAL_MARK.test(t))) {
      skipped.push({ row: sheetRow, reason: '小计行，不是诉求' });
      continue;
    }
    if (nonBlank.length === 1 && FOOTER_MARK.test(leading[0] ?? '')) {
      skipped.push({ row: sheetRow, reason: '表尾说明（备注、制表人等），不是诉求' });
      continue;
    }
    if (row && probe && cellText(row[probe.column]).trim() === probe.header && repeatsHeader(row)) {
      skipped.push({ row: sheetRow, reason: '重复的表头行' });
      continue;
    }
    if (!mappedColumns.some((c) => !isBlankValue(cellValue(row?.[c])))) {
      skipped.push({ row: sheetRow, reason: '这一行在已对应的列中没有任何内容' });
      continue;
    }

    const warn = (reason: string) => warnings.push({ row: sheetRow, reason });
    const raw = (field: ImportField): CellValue => {
      const c = columns[field];
      return c === undefined ? null : cellValue(row?.[c]);
    };
    const text = (field: ImportField, normalize: (s: string) => string): string => {
      const v = raw(field);
      if (isBlankValue(v)) return '';
      let s = normalize(
        v instanceof Date ? (excelDateToIso(v) ?? '') : typeof v === 'string' ? v : String(v),
      );
      const limit = limits[field];
      if (limit !== undefined && s.length > limit) {
        warn(`${IMPORT_FIELD_LABELS[field]}超过 ${limit} 个字，已截断`);
        s = s.slice(0, limit);
      }
      return s;
    };
    const code = (field: ImportField): string | { lost: string } => {
      const v = raw(field);
      if (typeof v === 'number') {
        const digits = digitsOfNumber(v);
        return digits ?? { lost: shortText(v) };
      }
      return text(field, normalizeCode);
    };

    const workOrder = code('workOrderNo');
    if (typeof workOrder !== 'string') {
      skipped.push({
        row: sheetRow,
        reason: `工单编号在表格里被存成了数字（${workOrder.lost}），位数过长已丢失精度，无法还原；请在源系统把该列导出为文本后重新导入`,
      });
      continue;
    }
    const content = text('content', normalizeText);
    const category = text('category', normalizeText);
    if (workOrder === '' && content === '' && category === '') {
      skipped.push({ row: sheetRow, reason: '没有工单编号、问题分类或诉求内容，无法作为一条诉求' });
      continue;
    }
    if (workOrder !== '') {
      const first = firstRowOf.get(workOrder);
      if (first !== undefined) {
        duplicates.push({ row: sheetRow, firstRow: first, workOrderNo: workOrder });
        continue;
      }
      firstRowOf.set(workOrder, sheetRow);
    }

    let channel = options.defaultChannel ?? null;
    const channelCell = raw('channel');
    if (!isBlankValue(channelCell)) {
      const parsed = parseChannel(String(channelCell));
      if (parsed) channel = parsed;
      else warn(`来源渠道「${shortText(channelCell)}」无法识别，${keptAs}`);
    }

    let receivedAt: string | null = null;
    const when = raw('receivedAt');
    if (!isBlankValue(when)) {
      const iso =
        when instanceof Date
          ? excelDateToIso(when)
          : typeof when === 'number'
            ? /^\d{8}$/.test(String(when))
              ? parseDateText(String(when))
              : excelSerialToIso(when)
            : parseDateText(String(when));
      if (iso) receivedAt = iso;
      else warn(`${IMPORT_FIELD_LABELS.receivedAt}「${shortText(when)}」不是可识别的日期，已留空`);
    }

    let resolved: boolean | null = null;
    const resolvedCell = raw('resolved');
    if (typeof resolvedCell === 'boolean') resolved = resolvedCell;
    else if (!isBlankValue(resolvedCell)) {
      const parsed = parseResolved(String(resolvedCell));
      if (parsed !== undefined) resolved = parsed;
      else if (isHandlingStatusWord(String(resolvedCell))) {
        warn(
          `解决情况「${shortText(resolvedCell)}」说的是办理状态（是否办结），没有说问题是否解决，按“未注明”记录`,
        );
      } else warn(`解决情况「${shortText(resolvedCell)}」无法识别，按“未注明”记录`);
    }

    let closed: boolean | null = null;
    const closedCell = raw('closed');
    if (typeof closedCell === 'boolean') closed = closedCell;
    else if (!isBlankValue(closedCell)) {
      const parsed = parseClosed(String(closedCell));
      if (parsed === undefined)
        warn(`${IMPORT_FIELD_LABELS.closed}「${shortText(closedCell)}」无法识别，按“未注明”记录`);
      else closed = parsed;
    }

    let responded: boolean | null = null;
    const respondedCell = raw('responded');
    // A response time (a date cell or an Excel serial number) means the resident was contacted.
    if (typeof respondedCell === 'boolean') responded = respondedCell;
    else if (respondedCell instanceof Date || typeof respondedCell === 'number') responded = true;
    else if (!isBlankValue(respondedCell)) {
      const parsed = parseResponded(String(respondedCell));
      if (parsed === undefined)
        warn(`${IMPORT_FIELD_LABELS.responded}「${shortText(respondedCell)}」无法识别，按“未注明”记录`);
      else responded = parsed;
    }

    const satisfactionCell = raw('satisfaction');
    let satisfaction = parseSatisfaction(isBlankValue(satisfactionCell) ? '' : String(satisfactionCell));
    if (!satisfaction) {
      warn(`满意度「${shortText(satisfactionCell)}」无法识别，按“未评价”记录`);
      satisfaction = 'unrated';
    }

    const phone = code('residentPhone');
    let residentPhone = '';
    if (typeof phone === 'string') residentPhone = phone;
    else warn(`联系电话在表格里被存成了数字（${phone.lost}），无法还原，已留空`);

    records.push({
      row: sheetRow,
      workOrderNo: workOrder,
      channel,
      category,
      content,
      communityName: text('communityName', normalizeText),
      receivedAt,
      resolved,
      closed,
      responded,
      satisfaction,
      residentName: text('residentName', normalizeText),
      residentPhone,
    });
  }
  flushBlanks();
  onProgress?.({ phase: 'rows', done: total, total });
  return { records, skipped, duplicates, warnings };
}

const SAMPLES_PER_COLUMN = 3;
const SAMPLE_ROWS_SCANNED = 200;
const SAMPLE_LENGTH = 30;

/**
 * The first few distinct values under each named column, so the mapping editor can show what a column
 * holds (已办结 / 办理中 under 办理状态 tells the operator it is not 是否解决).
 */
export function columnSamples(cells: SheetCells, headerRow: number, mapping: HeaderMapping): ColumnSamples[] {
  const named = mapping.filter((m) => m.header !== '');
  const values = named.map(() => new Set<string>());
  const lastRow = Math.min(cells.lastRow, headerRow + SAMPLE_ROWS_SCANNED);
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const row = cells.row(r);
    if (!row) continue;
    named.forEach((m, i) => {
      const set = values[i]!;
      if (set.size >= SAMPLES_PER_COLUMN) return;
      const v = cellValue(row[m.column]);
      if (isBlankValue(v)) return;
      const text = normalizeText(
        v instanceof Date ? (excelDateToIso(v) ?? '').slice(0, 16).replace('T', ' ') : String(v),
      );
      if (text !== '') set.add(text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH)}…` : text);
    });
  }
  return named.map((m, i) => ({ column: m.column, values: [...values[i]!] }));
}
