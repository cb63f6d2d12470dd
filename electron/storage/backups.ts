import { constants, copyFileSync, linkSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE_MODE, tightenMode } from './durable-fs';
import { fileStamp } from './file-stamp';

export const BACKUP_DIR = 'backups';

const BACKUP_FILE = /^\d{8}T\d{9}Z-\d{3,}\.json$/;

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
   * Keeps the document's current file as its newest backup. A hard link costs one directory entry
   * and no bytes: every save renames a new file over the document's name, so the linked file is
   * never written again. Where links are refused (some shares, FAT), it is copied instead.
   */
  take(name: string, currentPath: string, at: Date): string {
    const folder = this.folder(name);
    ensurePrivateDir(folder);
    const stamp = fileStamp(at);
    for (let n = 0; ; n++) {
      const destination = join(folder, `${stamp}-${String(n).padStart(3, '0')}.json`);
      try {
        linkOrCopy(currentPath, destination);
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

  /** Drops the oldest backups beyond the bound. */
  prune(name: string): void {
    for (const path of this.list(name).slice(this.max)) rmSync(path, { force: true });
  }

  /** Used when a document is removed for good: its backups go with it. */
  removeAll(name: string): void {
    rmSync(this.folder(name), { recursive: true, force: true });
  }

  private folder(name: string): string {
    return join(this.dir, BACKUP_DIR, name);
  }
}

function linkOrCopy(source: string, destination: string): void {
  try {
    linkSync(source, destination);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT') throw error;
  }
  copyFileSync(source, destination, constants.COPYFILE_EXCL);
  tightenMode(destination, PRIVATE_FILE_MODE);
}
