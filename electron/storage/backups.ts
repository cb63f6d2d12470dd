import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, fsyncDirectory, PRIVATE_FILE_MODE, tightenMode } from './durable-fs';
import { renameRetrying } from './durable-write';
import { fileStamp } from './file-stamp';

export const BACKUP_DIR = 'backups';

const BACKUP_FILE = /^\d{8}T\d{9}Z-\d{3,}\.json$/;
/** A copy not yet renamed into place: left only by a crash during the copy. */
const PARTIAL_COPY = /\.json\.partial$/;

/**
 * The rotating backup set: `backups/<document>/<time>-<n>.json`, newest last by name, at most `max`
 * per document.
 */
export class BackupSet {
  constructor(
    private readonly dir: string,
    private readonly max: number,
  ) {}

  /**
   * Copies the document's current file in as its newest backup, durably. A copy, not a hard link: a
   * link shares the live file's bytes, and anything that ever wrote the live file in place (an older
   * version, a library's fallback, an editor) would rewrite the backup with it. Where the file system
   * can clone (btrfs, XFS, APFS) the copy shares blocks copy-on-write and costs almost nothing.
   */
  take(name: string, currentPath: string, at: Date): string {
    const folder = this.folder(name);
    ensurePrivateDir(folder);
    const stamp = fileStamp(at);
    for (let n = 0; ; n++) {
      const destination = join(folder, `${stamp}-${String(n).padStart(3, '0')}.json`);
      try {
        copyDurably(currentPath, destination);
        fsyncDirectory(folder);
        this.prune(name);
        return destination;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  /** Backups of a document, newest first. */
  list(name: string): string[] {
    const folder = this.folder(name);
    let files: string[];
    try {
      files = readdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return files
      .filter((file) => BACKUP_FILE.test(file))
      .sort()
      .reverse()
      .map((file) => join(folder, file));
  }

  /** Drops the oldest backups beyond the bound, and any copy a crash cut short. */
  prune(name: string): void {
    for (const path of this.list(name).slice(this.max)) rmSync(path, { force: true });
    const folder = this.folder(name);
    for (const file of readdirSync(folder)) {
      if (PARTIAL_COPY.test(file)) rmSync(join(folder, file), { force: true });
    }
  }

  /** Used when a document is removed for good: its backups go with it. */
  removeAll(name: string): void {
    rmSync(this.folder(name), { recursive: true, force: true });
  }

  private folder(name: string): string {
    return join(this.dir, BACKUP_DIR, name);
  }
}

/** Copied under a temporary name and renamed: a backup that has its name is whole. */
function copyDurably(source: string, destination: string): void {
  if (existsSync(destination))
    throw Object.assign(new Error(`backup exists: ${destination}`), { code: 'EEXIST' });
  const partial = `${destination}.partial`;
  copyFileSync(source, partial, constants.COPYFILE_FICLONE);
  tightenMode(partial, PRIVATE_FILE_MODE);
  const fd = openSync(partial, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameRetrying(partial, destination);
}
