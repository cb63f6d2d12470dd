import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, statSync } from 'node:fs';

export const IS_POSIX = process.platform !== 'win32';

/** Only the user may read the data: it holds residents' names, phone numbers and complaints. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Makes a rename or unlink in `dir` itself durable: fsync of the file covers its bytes, not the
 * directory entry that names it. Windows cannot open a directory for fsync; NTFS journals renames.
 */
export function fsyncDirectory(dir: string): void {
  if (!IS_POSIX) return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Creates a private folder, and tightens one this store created earlier with a looser mode. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  tightenMode(dir, PRIVATE_DIR_MODE);
}

/** Removes group and other permissions (e.g. from a file copied in by hand or by an older version). */
export function tightenMode(path: string, mode: number, currentMode?: number): void {
  if (!IS_POSIX) return;
  const current = currentMode ?? statSync(path).mode;
  if ((current & 0o077) !== 0) chmodSync(path, mode);
}
