import type { ZodError } from 'zod';
import type { ApiError } from '../../../../shared/api';

export type FieldErrors = Partial<Record<string, string>>;

/**
 * The Chinese message of each field an error names, keyed by the field's own name: the service's
 * details carry paths such as `question.text`, a local parse carries `text`. The first message of a
 * field wins, as the service puts the most telling one first.
 */
export function fieldErrorsOf(
  issues: readonly { path: string; message: string }[],
  prefix = '',
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    let path = issue.path;
    if (prefix) {
      if (!path.startsWith(`${prefix}.`)) continue;
      path = path.slice(prefix.length + 1);
    }
    const field = path.split('.')[0];
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}

export function fieldErrorsOfApi(error: ApiError, prefix = ''): FieldErrors {
  return fieldErrorsOf(error.details ?? [], prefix);
}

export function fieldErrorsOfZod(error: ZodError): FieldErrors {
  return fieldErrorsOf(error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
}
