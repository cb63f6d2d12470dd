import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fsyncDirectory, PRIVATE_FILE_MODE } from './durable-fs';

/**
 * Codes a rename is refused with while another program briefly holds the file: antivirus and the
 * search indexer on Windows (EPERM, EACCES, EBUSY), and EXDEV, which some Windows filter drivers
 * report for a rename inside one folder. All of them pass within moments.
 */
export const TRANSIENT_RENAME_CODES: ReadonlySet<string> = new Set(['EPERM', 'EACCES', 'EBUSY', 'EXDEV']);

/** Waits between attempts: about 0.6 s in all, then the write fails and the old file stays as it was. */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [10, 20, 40, 80, 160, 320];

/** On POSIX these codes are lasting (permissions, a mount point): retrying only delays the error. */
export const RETRY_RENAMES_BY_DEFAULT = process.platform === 'win32';

export interface DurableWriteOptions {
  /** Retry a rename refused with a transient code; default: on Windows only. */
  retryRenames?: boolean;
}

/**
 * Replaces `path` with `bytes` so that a crash at any moment leaves either the old file or the new
 * one, whole, and the new one survives a power cut once this returns: temp file in the same folder,
 * write, fsync, rename over the name, fsync the folder. The file is never written in place: a
 * backup or a reader holding the old file keeps exactly the bytes it had. Throws when the rename is
 * refused for good; the temp file is then removed and `path` is untouched.
 */
export function writeFileDurably(path: string, bytes: Uint8Array, options: DurableWriteOptions = {}): void {
  const temp = createTemp(path);
  try {
    writeAndSync(temp.fd, bytes);
  } catch (error) {
    closeSync(temp.fd);
    removeQuietly(temp.path);
    throw error;
  }
  closeSync(temp.fd);
  try {
    renameRetrying(temp.path, path, options.retryRenames ?? RETRY_RENAMES_BY_DEFAULT);
  } catch (error) {
    removeQuietly(temp.path);
    throw error;
  }
  fsyncDirectory(dirname(path));
}

/**
 * Renames, retrying refusals that pass (see TRANSIENT_RENAME_CODES) a bounded number of times. The
 * wait blocks: a write runs from start to rename without yielding, so writes never interleave.
 */
export function renameRetrying(from: string, to: string, retry = RETRY_RENAMES_BY_DEFAULT): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!retry || !TRANSIENT_RENAME_CODES.has(code)) throw error;
      if (attempt >= RENAME_RETRY_DELAYS_MS.length)
        throw new RenameRefusedError(to, code, attempt + 1, error);
      sleep(RENAME_RETRY_DELAYS_MS[attempt]!);
    }
  }
}

/** A rename still refused after every retry: the document keeps its last saved version. */
export class RenameRefusedError extends Error {
  override readonly name = 'RenameRefusedError';
  constructor(
    readonly path: string,
    readonly code: string,
    readonly attempts: number,
    cause: unknown,
  ) {
    super(
      `无法保存“${basename(path)}”：系统拒绝替换该文件（${code}，已尝试 ${attempts} 次），可能被杀毒或索引程序占用。` +
        '文件保持上一次保存的内容；请稍后重试。',
      { cause },
    );
  }
}

/** Temp names `<file>.tmp-<pid base 36><8 hex>`: unique across processes, recognised by the stale-temp cleanup. */
function createTemp(path: string): { path: string; fd: number } {
  for (;;) {
    const temp = `${path}.tmp-${process.pid.toString(36)}${randomBytes(4).toString('hex')}`;
    try {
      // O_EXCL: never write into a file some other writer (or a crashed one) left under this name.
      return { path: temp, fd: openSync(temp, 'wx', PRIVATE_FILE_MODE) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

function writeAndSync(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length;) {
    written += writeSync(fd, bytes, written, bytes.length - written);
  }
  fsyncSync(fd);
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Left for the stale-temp cleanup at the next start; the error that matters is the caller's.
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
