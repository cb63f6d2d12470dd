import type { ChartTableRow } from '../../../shared/domain';

/** At most this many value columns and rows on a chart card (the schema's limits). */
export const MAX_TABLE_COLUMNS = 4;
export const MAX_TABLE_ROWS = 12;

export type PastedTable =
  { ok: true; columns: string[]; rows: ChartTableRow[] } | { ok: false; error: PasteError };

/** Why a pasted block was refused, with where, so the message can name the cell (1-based). */
export type PasteError =
  | { code: 'empty' }
  | { code: 'noValueColumn' }
  | { code: 'tooManyColumns'; count: number }
  | { code: 'tooManyRows'; count: number }
  | { code: 'blankLabel'; row: number }
  | { code: 'blankColumnName'; column: number }
  | { code: 'notANumber'; row: number; column: number; text: string };

/**
 * A number as Excel copies it: "1,250", "93.6%", "１２０" (full-width digits from a Chinese IME), "−5".
 * A percentage keeps its printed value (93.6), as the sheet showed it. Blank is null (no value).
 */
export function parseCellNumber(raw: string): number | null | 'invalid' {
  const text = raw
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0C,\s]/g, '')
    .replace(/[\u2212\uFF0D]/g, '-')
    .replace(/\uFF0E/g, '.')
    .replace(/[%\uFF05]$/, '');
  // Excel shows a missing value as blank, "-" or "—": no value, never 0.
  if (text === '' || text === '-' || text === '—') return null;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return 'invalid';
  const value = Number(text);
  return Number.isFinite(value) ? value : 'invalid';
}

/** Cells of a tab-separated block as Excel and WPS copy it; a quoted cell may hold tabs or line breaks. */
function splitCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  row.push(cell);
  rows.push(row);
  // Excel ends a copied block with a line break; blank rows carry nothing.
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/**
 * A table pasted from Excel: first row the column names, first column the row labels, numbers in
 * the rest. A text cell where a number belongs is refused with its row and column, never read as 0.
 */
export function parsePastedTable(text: string): PastedTable {
  const cells = splitCells(text);
  const [header, ...body] = cells;
  if (!header || body.length === 0) return { ok: false, error: { code: 'empty' } };
  const width = Math.max(...cells.map((r) => r.length));
  const valueColumns = width - 1;
  if (valueColumns < 1) return { ok: false, error: { code: 'noValueColumn' } };
  if (valueColumns > MAX_TABLE_COLUMNS)
    return { ok: false, error: { code: 'tooManyColumns', count: valueColumns } };
  if (body.length > MAX_TABLE_ROWS) return { ok: false, error: { code: 'tooManyRows', count: body.length } };
  const columns: string[] = [];
  for (let c = 1; c <= valueColumns; c++) {
    const name = (header[c] ?? '').trim();
    if (!name) return { ok: false, error: { code: 'blankColumnName', column: c + 1 } };
    columns.push(name.slice(0, 30));
  }
  const rows: ChartTableRow[] = [];
  for (const [r, line] of body.entries()) {
    const label = (line[0] ?? '').trim();
    if (!label) return { ok: false, error: { code: 'blankLabel', row: r + 2 } };
    const values: (number | null)[] = [];
    for (let c = 1; c <= valueColumns; c++) {
      const raw = line[c] ?? '';
      const value = parseCellNumber(raw);
      if (value === 'invalid')
        return { ok: false, error: { code: 'notANumber', row: r + 2, column: c + 1, text: raw.trim() } };
      values.push(value);
    }
    rows.push({ label: label.slice(0, 50), values });
  }
  return { ok: true, columns, rows };
}

/** Spreadsheet column letters, as the operator sees them in Excel: 1 → A, 2 → B. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
