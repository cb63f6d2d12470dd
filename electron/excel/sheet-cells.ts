import * as XLSX from '@e965/xlsx';

export type CellValue = string | number | boolean | Date | null;

/** A worksheet seen as rows of cells, with absolute 0-based row and column indexes. */
export interface SheetCells {
  name: string;
  firstRow: number;
  lastRow: number;
  lastCol: number;
  row(r: number): ReadonlyArray<XLSX.CellObject | undefined> | undefined;
}

/** Excel's own limit; a CSV line of millions of commas is not a table anyone made, and is read no further. */
export const MAX_COLUMNS = 16_384;

export function sheetCells(name: string, sheet: XLSX.WorkSheet | undefined): SheetCells | null {
  const ref = sheet?.['!ref'];
  const data = sheet?.['!data'];
  if (!sheet || !ref || !data) return null;
  const range = XLSX.utils.decode_range(ref);
  // Some writers declare a range far past the last row they stored; the rows themselves are the truth.
  const lastRow = Math.min(range.e.r, data.length - 1);
  if (lastRow < range.s.r) return null;
  return {
    name,
    firstRow: range.s.r,
    lastRow,
    lastCol: Math.min(range.e.c, MAX_COLUMNS - 1),
    row: (r) => data[r],
  };
}

export function cellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : cell.v == null ? null : String(cell.v);
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : null;
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : null;
    case 'd':
      return cell.v instanceof Date ? cell.v : typeof cell.v === 'string' ? new Date(cell.v) : null;
    default:
      // 'e' (#N/A and other errors) and 'z' (stubs) hold nothing to import.
      return null;
  }
}

/** A cell as plain text, for headers and markers such as 合计; dates have no header meaning. */
export function cellText(cell: XLSX.CellObject | undefined): string {
  const v = cellValue(cell);
  if (v === null || v instanceof Date) return '';
  return typeof v === 'string' ? v : String(v);
}

export function isBlankValue(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}
