import type { ErrorCode } from '../../shared/api';
import type { ImportRefusal, ImportRefusalCode } from '../../shared/domain/import';
import { AppError } from '../api/app-error';

const API_CODES: Record<ImportRefusalCode, ErrorCode> = {
  empty_file: 'invalid_input',
  too_large: 'too_large',
  too_large_uncompressed: 'too_large_uncompressed',
  compression_ratio: 'too_large_uncompressed',
  not_spreadsheet: 'invalid_input',
  html_page: 'invalid_input',
  damaged: 'invalid_input',
  encrypted: 'invalid_input',
  empty_sheet: 'invalid_input',
  no_header: 'invalid_input',
  sheet_not_found: 'invalid_input',
  timeout: 'timeout',
  out_of_memory: 'out_of_memory',
  cancelled: 'conflict',
  worker_failed: 'internal',
};

/** For the API layer: the refusal as the AppError its dispatcher already knows how to answer with. */
export function refusalToAppError(refusal: ImportRefusal): AppError {
  return new AppError(API_CODES[refusal.code], refusal.message);
}
