import type { ErrorCode } from '../../shared/api';
import type { ImportRefusal, ImportRefusalCode } from '../../shared/domain/import';
import { AppError } from '../api/app-error';

/** Thrown inside the parser; caught once at its edge and turned into an ImportRefusal. */
export class ImportRefused extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal.message);
    this.name = 'ImportRefused';
  }
}

export function refuse(code: ImportRefusalCode, message: string): never {
  throw new ImportRefused({ code, message });
}

const API_CODES: Record<ImportRefusalCode, ErrorCode> = {
  empty_file: 'invalid_input',
  too_large: 'too_large',
  not_spreadsheet: 'invalid_input',
  html_page: 'invalid_input',
  damaged: 'invalid_input',
  encrypted: 'invalid_input',
  empty_sheet: 'invalid_input',
  no_header: 'invalid_input',
  sheet_not_found: 'invalid_input',
  timeout: 'internal',
  cancelled: 'conflict',
  worker_failed: 'internal',
};

/** For the API layer: the refusal as the AppError its dispatcher already knows how to answer with. */
export function refusalToAppError(refusal: ImportRefusal): AppError {
  return new AppError(API_CODES[refusal.code], refusal.message);
}

/** Sizes as people read them: 51 MB, 3.2 MB, 4 KB. */
export function formatMegabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
