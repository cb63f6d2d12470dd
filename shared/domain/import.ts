import { z } from 'zod';
import type { FieldLimits } from '../logic/import-field-labels';
import { Id, LIMITS, Name } from './common';
import { Opinion, OpinionChannel } from './opinion';

/** The opinion fields a spreadsheet column can feed. */
export const ImportField = z.enum([
  'workOrderNo',
  'channel',
  'category',
  'content',
  'communityName',
  'receivedAt',
  'resolved',
  'closed',
  'responded',
  'satisfaction',
  'residentName',
  'residentPhone',
]);
export type ImportField = z.infer<typeof ImportField>;

export { IMPORT_FIELD_LABELS } from '../logic/import-field-labels';

/** The Opinion schema's text bounds, handed to the parse worker so it never needs to load zod. */
export const OPINION_FIELD_LIMITS: FieldLimits = {
  content: LIMITS.text,
  category: LIMITS.name,
  communityName: LIMITS.name,
  residentName: 50,
  residentPhone: LIMITS.phone,
  workOrderNo: 64,
};

/** 50 MB: far above a year of one street's work orders, well below what a laptop parses in a minute. */
export const DEFAULT_IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_IMPORT_TIMEOUT_MS = 60_000;

/** One column of the sheet as the importer read it: which field it feeds, or null when ignored. */
export const ColumnMapping = z.object({
  column: z.number().int().min(0).max(16_383),
  header: z.string().max(200),
  field: ImportField.nullable(),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const HeaderMapping = z.array(ColumnMapping).max(16_384);
export type HeaderMapping = z.infer<typeof HeaderMapping>;

/**
 * A rule keyed by header text, not column position, so a preset survives a source reordering its
 * columns. `field: null` means "ignore this column even if its name looks familiar".
 */
export const MappingRule = z.object({
  header: z.string().trim().min(1).max(200),
  field: ImportField.nullable(),
});
export type MappingRule = z.infer<typeof MappingRule>;

/** The mapping an office saved for one source system (e.g. 12345 平台导出). */
export const ImportPreset = z.object({
  id: Id,
  name: Name,
  rules: z.array(MappingRule).max(200),
  defaultChannel: OpinionChannel.optional(),
});
export type ImportPreset = z.infer<typeof ImportPreset>;

export const ImportOptions = z.object({
  /** Take this sheet (by name) instead of the best-matching visible one. */
  sheet: z.string().trim().min(1).max(100).optional(),
  /** Overrides the automatic header recognition for the headers it names. */
  mapping: z.array(MappingRule).max(200).optional(),
  /**
   * The channel of rows whose channel cell is blank or that come from a sheet without one; without it
   * such rows keep no channel rather than being counted as 12345 calls.
   */
  defaultChannel: OpinionChannel.optional(),
  maxBytes: z.number().int().positive().default(DEFAULT_IMPORT_MAX_BYTES),
});
export type ImportOptions = z.input<typeof ImportOptions>;
export type ResolvedImportOptions = z.output<typeof ImportOptions>;

/** Up to a few distinct values of one column, so the mapping editor shows what the column holds. */
export const ColumnSamples = z.object({
  column: z.number().int().min(0).max(16_383),
  values: z.array(z.string().max(60)).max(5),
});
export type ColumnSamples = z.infer<typeof ColumnSamples>;

/** A row left out of the import; `row` is the 1-based row in the sheet (or the CSV record number). */
export const SkippedRow = z.object({
  row: z.number().int().min(1),
  reason: z.string().max(500),
});
export type SkippedRow = z.infer<typeof SkippedRow>;

/** A row imported with one value left empty because it could not be read. */
export const RowWarning = SkippedRow;
export type RowWarning = z.infer<typeof RowWarning>;

/** The same work order again: the first row is kept, this one is left out. */
export const DuplicateRow = z.object({
  row: z.number().int().min(1),
  firstRow: z.number().int().min(1),
  workOrderNo: z.string().max(64),
});
export type DuplicateRow = z.infer<typeof DuplicateRow>;

/** An opinion as read from a file, before it belongs to a meeting; `row` traces it to the sheet. */
export const ImportedOpinion = Opinion.omit({ id: true, communityId: true, importId: true }).extend({
  row: z.number().int().min(1),
});
export type ImportedOpinion = z.infer<typeof ImportedOpinion>;

export const SpreadsheetFormat = z.enum(['xlsx', 'xls', 'csv', 'html', 'xml']);
export type SpreadsheetFormat = z.infer<typeof SpreadsheetFormat>;

export const SheetRole = z.enum(['data', 'hidden', 'instructions', 'noHeader']);
export type SheetRole = z.infer<typeof SheetRole>;

/** Every sheet of the workbook, so the user can pick another one. */
export const SheetInfo = z.object({
  name: z.string().max(100),
  role: SheetRole,
  /** How many known fields its best header row names. */
  score: z.number().int().min(0),
});
export type SheetInfo = z.infer<typeof SheetInfo>;

export const ImportResult = z.object({
  format: SpreadsheetFormat,
  /** The text encoding a CSV was read in (utf-8, gb18030, utf-16le); null for workbooks. */
  encoding: z.string().nullable(),
  sheet: z.string(),
  sheets: z.array(SheetInfo),
  /** 1-based row of the header in the sheet. */
  headerRow: z.number().int().min(1),
  mapping: HeaderMapping,
  samples: z.array(ColumnSamples).max(16_384),
  records: z.array(ImportedOpinion),
  skipped: z.array(SkippedRow),
  duplicates: z.array(DuplicateRow),
  warnings: z.array(RowWarning),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** What the preview shows before anything is stored. */
export const ImportPreview = ImportResult.omit({ records: true }).extend({
  recordCount: z.number().int().min(0),
  firstRecords: z.array(ImportedOpinion),
  /** Community names in the file that match none of the office's communities, most rows first. */
  unknownCommunities: z
    .array(z.object({ name: z.string(), count: z.number().int().min(1) }))
    .max(1000)
    .default([]),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** `knownCommunity` tells whether a name matches one of the office's communities. */
export function toImportPreview(
  result: ImportResult,
  knownCommunity: (name: string) => boolean = () => true,
  firstRows = 20,
): ImportPreview {
  const { records, ...rest } = result;
  const known = new Map<string, boolean>();
  const unknown = new Map<string, number>();
  for (const r of records) {
    const name = r.communityName.trim();
    if (name === '') continue;
    let isKnown = known.get(name);
    if (isKnown === undefined) known.set(name, (isKnown = knownCommunity(name)));
    if (!isKnown) unknown.set(name, (unknown.get(name) ?? 0) + 1);
  }
  const unknownCommunities = [...unknown]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, 1000);
  return {
    ...rest,
    recordCount: records.length,
    firstRecords: records.slice(0, firstRows),
    unknownCommunities,
  };
}

/** Why a file was refused as a whole; each has its own Chinese message. */
export const ImportRefusalCode = z.enum([
  'empty_file',
  'too_large',
  'too_large_uncompressed',
  'compression_ratio',
  'not_spreadsheet',
  'html_page',
  'damaged',
  'encrypted',
  'empty_sheet',
  'no_header',
  'sheet_not_found',
  'timeout',
  'out_of_memory',
  'cancelled',
  'worker_failed',
]);
export type ImportRefusalCode = z.infer<typeof ImportRefusalCode>;

export const ImportRefusal = z.object({
  code: ImportRefusalCode,
  message: z.string(),
});
export type ImportRefusal = z.infer<typeof ImportRefusal>;

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; refusal: ImportRefusal };

/** `queued`: waiting for the file(s) ahead to finish parsing; `total` is how many are ahead. */
export const ImportProgress = z.object({
  phase: z.enum(['queued', 'read', 'rows']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
