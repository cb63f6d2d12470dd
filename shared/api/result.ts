import { z } from 'zod';

/** What went wrong, for code; the message is for the user, in Chinese. */
export const ErrorCode = z.enum([
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'too_large',
  /** A compressed file (xlsx) that would unpack past what the importer reads, or unpack suspiciously far. */
  'too_large_uncompressed',
  /** Work stopped after its time limit; nothing changed. */
  'timeout',
  /** Work stopped when it reached its memory ceiling; nothing changed. */
  'out_of_memory',
  /** A limit the user can act on, e.g. at most 1,000 communities; the message says which and what to do. */
  'limit_reached',
  /** A change that would leave a document its own schema refuses; refused before anything is written. */
  'invalid_document',
  'storage_failed',
  /** Too many requests (a phone, or the whole hall at once); retry after the time given. */
  'rate_limited',
  /** The service behind is not reachable right now (the question box's gateway lost the app); retry. */
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: ApiError['details']): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/** The envelope as it travels, validated on arrival with the method's output schema. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ApiError }),
  ]);
}
