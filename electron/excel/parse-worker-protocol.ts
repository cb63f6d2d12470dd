import type { ImportOptions, ImportOutcome, ImportProgress } from '../../shared/domain/import';

/** What the main thread hands the parse worker (as workerData, the bytes transferred, not copied). */
export interface ParseRequest {
  bytes: Uint8Array;
  options: ImportOptions;
}

/** What the parse worker posts back: progress any number of times, then exactly one outcome. */
export type ParseMessage = { type: 'progress'; progress: ImportProgress } | { type: 'done'; outcome: ImportOutcome };

export function isParseMessage(value: unknown): value is ParseMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return (value.type === 'progress' && 'progress' in value) || (value.type === 'done' && 'outcome' in value);
}
