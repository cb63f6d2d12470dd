import {
  ImportOptions,
  OPINION_FIELD_LIMITS,
  type ImportOutcome,
  type ImportProgress,
} from '../../shared/domain/import';
import { parseWorkOrders } from './parse-work-orders';

/** The import of one file in the calling thread (tests, small files); the app uses importInWorker. */
export function importWorkOrders(
  bytes: Uint8Array,
  options: ImportOptions = {},
  onProgress?: (p: ImportProgress) => void,
): ImportOutcome {
  return parseWorkOrders(bytes, ImportOptions.parse(options), OPINION_FIELD_LIMITS, onProgress);
}
