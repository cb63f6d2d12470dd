import type { ColumnMapping, HeaderMapping, ImportField } from '../../../shared/domain';

/** The fields the headline rates and the channel chart are counted from, most consequential first. */
export const RATE_ROWS = [
  'resolved',
  'satisfaction',
  'closed',
  'responded',
  'channel',
] as const satisfies readonly ImportField[];

const rateRank = (m: ColumnMapping): number => {
  const index = m.field ? (RATE_ROWS as readonly ImportField[]).indexOf(m.field) : -1;
  return index === -1 ? RATE_ROWS.length : index;
};

/** Rate-bearing columns first, the rest in sheet order: the rows that decide a figure need no scrolling. */
export function rateFirst(mapping: HeaderMapping): HeaderMapping {
  return mapping
    .map((m, index) => ({ m, index }))
    .sort((a, b) => rateRank(a.m) - rateRank(b.m) || a.index - b.index)
    .map(({ m }) => m);
}

/**
 * Gives `column` the field; a column that held it before is set to "ignore", since a field has one
 * column. `movedFrom` names that column so the editor can say what changed.
 */
export function moveField(
  mapping: HeaderMapping,
  column: number,
  field: ImportField | null,
): { mapping: HeaderMapping; movedFrom: ColumnMapping | null } {
  const movedFrom = field ? (mapping.find((m) => m.field === field && m.column !== column) ?? null) : null;
  return {
    mapping: mapping.map((m) =>
      m.column === column ? { ...m, field } : m === movedFrom ? { ...m, field: null } : m,
    ),
    movedFrom,
  };
}
