import type { ApiError } from '../../shared/api';

/** A failed Result turned into a throwable, so TanStack Query can carry it to the screen unchanged. */
export class ApiFailure extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiFailure';
  }
}

export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.apiError;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
