import type { ProjectBatch, ProjectPoolDocument } from '../../domain/project';

export interface BatchContext {
  at: string;
  by: string;
  today: string;
  newId: (prefix: string) => string;
}

/** 第一批, 第二批 … 第十二批. */
export function batchName(number: number): string {
  void number;
  throw new Error('not implemented');
}

/** Opens the next batch; refused (Error with a Chinese message) while another is open. */
export function openBatch(
  pool: ProjectPoolDocument,
  options: { name?: string; openedOn?: string },
  c: BatchContext,
): { pool: ProjectPoolDocument; batch: ProjectBatch } {
  void pool;
  void options;
  void c;
  throw new Error('not implemented');
}

/**
 * Closes a batch: each project in it not finished is carried into the next batch (opened on the close
 * day when none is open), with a 'carried' history entry. Refused while a vote of the batch is open.
 */
export function closeBatch(
  pool: ProjectPoolDocument,
  batchId: string,
  options: { closedOn?: string; nextName?: string },
  c: BatchContext,
): { pool: ProjectPoolDocument; closed: ProjectBatch; next: ProjectBatch; carried: number } {
  void pool;
  void batchId;
  void options;
  void c;
  throw new Error('not implemented');
}
