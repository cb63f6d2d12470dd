import type { ImportOutcome, ImportProgress, ResolvedImportOptions } from '../../shared/domain/import';
import type { FieldLimits } from '../../shared/logic/import-field-labels';

/** What the main thread hands the parse worker (as workerData, the bytes transferred, not copied). */
export interface ParseRequest {
  bytes: Uint8Array;
  /** Validated by the caller: the worker does not load zod. */
  options: ResolvedImportOptions;
  limits: FieldLimits;
}

/** What the parse worker posts back: progress any number of times, then exactly one outcome. */
export type ParseMessage = { type: 'progress'; progress: ImportProgress } | { type: 'done'; outcome: ImportOutcome };

export function isParseMessage(value: unknown): value is ParseMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return (value.type === 'progress' && 'progress' in value) || (value.type === 'done' && 'outcome' in value);
}
