import type { ApiError, ErrorCode } from '../../shared/api';

/** A refusal a service means to tell the user about; the dispatcher turns it into a Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiError['details'],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string, id: string): AppError {
  return new AppError('not_found', `找不到${what}（${id}），它可能已被删除`);
}
