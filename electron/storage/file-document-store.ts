import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BackupSet } from './backups';
import {
  assertDocumentName,
  DOCUMENT_NAME,
  type DecodeDocument,
  type DocumentStore,
  type OpenedStore,
  type StoreNotice,
} from './document-store';
import { JsonEncoder } from './json-bytes';
import { fsyncDirectory, IS_POSIX, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, tightenMode } from './durable-fs';
import { RETRY_RENAMES_BY_DEFAULT, writeFileDurably } from './durable-write';
import { NewerVersionError } from './migrations';
import { moveToQuarantine } from './quarantine';
import { cleanStaleTempFiles } from './stale-temp-cleanup';

export interface FileDocumentStoreOptions {
  dir: string;
  /** Backups kept per document. */
  maxBackups?: number;
  /**
   * A copy of a document's current file joins its backups before a write at most this often: a copy
   * on every save would double what a save costs.
   */
  backupIntervalMs?: number;
  /** Retry a rename refused by another program holding the file; default: on Windows only. */
  retryRenames?: boolean;
  /** Temp files younger than this are left alone at open: they may belong to a write in flight. */
  staleTempGraceMs?: number;
  now?: () => Date;
}

export const DEFAULT_MAX_BACKUPS = 10;
export const DEFAULT_BACKUP_INTERVAL_MS = 60_000;
export const DEFAULT_STALE_TEMP_GRACE_MS = 60_000;

const REASON_LENGTH = 500;

type Loaded = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * One JSON file per document in `dir`, each save a whole new file renamed over the old one
 * (`writeFileDurably`, never in place); rotating backups in `dir/backups/<name>/`; unusable files
 * moved to `dir/quarantine/`.
 *
 * Every write runs synchronously from start to rename, so writes can never interleave, even to the
 * same document and even if a caller does not queue them as Repository does.
 */
export class FileDocumentStore implements DocumentStore {
  readonly dir: string;
  private readonly backups: BackupSet;
  private readonly backupIntervalMs: number;
  private readonly staleTempGraceMs: number;
  private readonly now: () => Date;
  private readonly retryRenames: boolean;
  private readonly lastBackupAt = new Map<string, number>();
  private readonly encoder = new JsonEncoder();
  private closed = false;

  constructor(options: FileDocumentStoreOptions) {
    this.dir = resolve(options.dir);
    this.backups = new BackupSet(this.dir, options.maxBackups ?? DEFAULT_MAX_BACKUPS);
    this.backupIntervalMs = options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
    this.staleTempGraceMs = options.staleTempGraceMs ?? DEFAULT_STALE_TEMP_GRACE_MS;
    this.now = options.now ?? (() => new Date());
    this.retryRenames = options.retryRenames ?? RETRY_RENAMES_BY_DEFAULT;
    ensureDataDir(this.dir);
  }

  async open(decode: DecodeDocument): Promise<OpenedStore> {
    cleanStaleTempFiles(this.dir, this.now().getTime(), this.staleTempGraceMs);
    const documents = new Map<string, unknown>();
    const notices: StoreNotice[] = [];
    for (const file of readdirSync(this.dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const name = file.slice(0, -'.json'.length);
      if (!DOCUMENT_NAME.test(name)) continue;
      const path = this.pathOf(name);
      tightenMode(path, PRIVATE_FILE_MODE);
      // A file that cannot be read at all (permissions, I/O) is not damaged data: fail loudly, move nothing.
      const loaded = decodeText(readFileSync(path, 'utf8'), name, decode);
      if (loaded.ok) {
        documents.set(name, loaded.value);
        continue;
      }
      const { notice, value } = this.recover(name, loaded.error, decode);
      notices.push(notice);
      if (value !== undefined) documents.set(name, value);
    }
    return { documents, notices };
  }

  async write(name: string, data: unknown): Promise<void> {
    assertDocumentName(name);
    this.assertOpen();
    this.writeNow(name, data);
  }

  async remove(name: string): Promise<void> {
    assertDocumentName(name);
    this.assertOpen();
    rmSync(this.pathOf(name), { force: true });
    this.backups.removeAll(name);
    this.lastBackupAt.delete(name);
    fsyncDirectory(this.dir);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** Backups of a document, newest first (for tests and a future restore screen). */
  listBackups(name: string): string[] {
    assertDocumentName(name);
    return this.backups.list(name);
  }

  private writeNow(name: string, data: unknown): void {
    this.backupBeforeReplacing(name);
    // The encoder's buffer is reused by the next write; this one is on disk before it returns.
    writeFileDurably(this.pathOf(name), this.encoder.encode(data), { retryRenames: this.retryRenames });
  }

  private backupBeforeReplacing(name: string): void {
    const at = this.now();
    const last = this.lastBackupAt.get(name);
    if (last !== undefined && at.getTime() - last < this.backupIntervalMs) return;
    const current = this.pathOf(name);
    if (!existsSync(current)) return;
    try {
      this.backups.take(name, current, at);
      this.lastBackupAt.set(name, at.getTime());
    } catch {
      // A backup that fails must not stop the save the user asked for; the next save tries again.
    }
  }

  /**
   * Moves the unusable file aside and falls back to the newest backup that decodes, writing it back as
   * the current document so the next start is clean.
   */
  private recover(
    name: string,
    error: unknown,
    decode: DecodeDocument,
  ): { notice: StoreNotice; value?: unknown } {
    const newer = isNewerVersion(error);
    const foundAt = this.now();
    const at = foundAt.toISOString();
    const quarantinedAs = moveToQuarantine(this.dir, name, foundAt);
    const reason = describe(error);
    for (const backup of this.backups.list(name)) {
      const loaded = loadBackup(backup, name, decode);
      if (!loaded.ok) continue;
      this.writeNow(name, loaded.value);
      return {
        notice: {
          kind: newer ? 'newerVersion' : 'restoredFromBackup',
          document: name,
          quarantinedAs,
          backup,
          reason,
          at,
        },
        value: loaded.value,
      };
    }
    return {
      notice: {
        kind: newer ? 'newerVersion' : 'quarantinedWithoutBackup',
        document: name,
        quarantinedAs,
        backup: null,
        reason,
        at,
      },
    };
  }

  private pathOf(name: string): string {
    return join(this.dir, `${name}.json`);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('document store is closed');
  }
}

/**
 * The data folder is 0700 however it came to exist (by hand, by an older version, as `--data`): the
 * documents name residents. A folder this user cannot tighten is refused rather than used as it is.
 */
function ensureDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const refuse = (cause?: unknown) =>
    new Error(
      `数据文件夹“${dir}”其他用户也能访问，且不能改为仅本人可访问（0700）。` +
        '请用 --data 指定一个属于当前用户、专门存放本程序数据的文件夹。',
      { cause },
    );
  // A sticky folder (/tmp and the like) is shared by design: tightening it would lock out everyone else.
  if (IS_POSIX && (statSync(dir).mode & STICKY_BIT) !== 0) throw refuse();
  try {
    tightenMode(dir, PRIVATE_DIR_MODE);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EACCES') throw error;
    throw refuse(error);
  }
}

const STICKY_BIT = 0o1000;

function decodeText(text: string, name: string, decode: DecodeDocument): Loaded {
  try {
    return { ok: true, value: decode(name, JSON.parse(text) as unknown) };
  } catch (error) {
    return { ok: false, error };
  }
}

function loadBackup(path: string, name: string, decode: DecodeDocument): Loaded {
  try {
    return decodeText(readFileSync(path, 'utf8'), name, decode);
  } catch (error) {
    return { ok: false, error };
  }
}

function isNewerVersion(error: unknown): boolean {
  return error instanceof NewerVersionError || (error instanceof Error && error.name === 'NewerVersionError');
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > REASON_LENGTH ? `${text.slice(0, REASON_LENGTH)}…` : text;
}
