import type { HeaderMapping, ImportField } from '../domain/import';
import type { RateColumn } from '../domain/opinion';

export const RATE_COLUMNS: readonly RateColumn[] = ['resolved', 'closed', 'responded', 'satisfaction'];

/** Whether the source of a row had the column a rate is counted from. */
export type HasColumn = (o: { readonly importId?: string | null }, column: RateColumn) => boolean;

/** The fields a mapping feeds, each once, in the order of the mapping. */
export function importedFields(mapping: HeaderMapping): ImportField[] {
  const fields: ImportField[] = [];
  for (const m of mapping) if (m.field && !fields.includes(m.field)) fields.push(m.field);
  return fields;
}

/** Every row of one file has the columns of that file's mapping (the CLI's summarize, the preview). */
export function hasColumnsOfMapping(mapping: HeaderMapping): HasColumn {
  const fields = new Set<string>(importedFields(mapping));
  return (_o, column) => fields.has(column);
}

/** What the manual-entry form asks for: a typed-in opinion states these and no others. */
export const MANUAL_ENTRY_COLUMNS: ReadonlySet<RateColumn> = new Set(['resolved', 'satisfaction']);

/** A stored set: each row has the columns of the import that brought it in; typed-in rows, the form's. */
export function hasColumnsOfSet(set: {
  imports: ReadonlyArray<{ id: string; fields: readonly ImportField[] }>;
}): HasColumn {
  const byImport = new Map<string, ReadonlySet<string>>(set.imports.map((r) => [r.id, new Set(r.fields)]));
  return (o, column) => {
    const importId = o.importId ?? null;
    if (importId === null) return MANUAL_ENTRY_COLUMNS.has(column);
    return byImport.get(importId)?.has(column) ?? false;
  };
}

/** Which header feeds each rate, or null when the sheet has no such column (its rate shows "—"). */
export function rateSources(mapping: HeaderMapping): Record<RateColumn, string | null> {
  const header = (field: RateColumn) => mapping.find((m) => m.field === field)?.header ?? null;
  return {
    resolved: header('resolved'),
    closed: header('closed'),
    responded: header('responded'),
    satisfaction: header('satisfaction'),
  };
}
