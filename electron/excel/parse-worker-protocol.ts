import type { ImportOutcome, ImportProgress, ResolvedImportOptions } from '../../shared/domain/import';
import type { FieldLimits } from '../../shared/logic/import-field-labels';

/** What the main thread hands the parse worker (the bytes transferred, not copied). */
export interface ParseRequest {
  bytes: Uint8Array;
  /** Validated by the caller: the worker does not load zod. */
  options: ResolvedImportOptions;
  limits: FieldLimits;
}

/** One file for the long-lived worker; `job` tags its replies so a late message is never misread. */
export interface ParseJob {
  job: number;
  request: ParseRequest;
}

/**
 * What the parse worker posts back: progress any number of times, then exactly one outcome. `job` is
 * the request's; a message without one belongs to whatever job is running.
 */
export type ParseMessage =
  | { type: 'progress'; job?: number; progress: ImportProgress }
  | { type: 'done'; job?: number; outcome: ImportOutcome };

export function isParseMessage(value: unknown): value is ParseMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return (value.type === 'progress' && 'progress' in value) || (value.type === 'done' && 'outcome' in value);
}

export function isParseJob(value: unknown): value is ParseJob {
  if (typeof value !== 'object' || value === null) return false;
  const { job, request } = value as { job?: unknown; request?: unknown };
  return (
    typeof job === 'number' &&
    typeof request === 'object' &&
    request !== null &&
    (request as { bytes?: unknown }).bytes instanceof Uint8Array
  );
}
