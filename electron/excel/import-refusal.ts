import type { ImportRefusal, ImportRefusalCode } from '../../shared/domain/import';

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

/** Sizes as people read them: 51 MB, 3.2 MB, 4 KB. */
export function formatMegabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
