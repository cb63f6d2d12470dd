import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BackupSet } from './backups';
import {
  backendOptions,
  createConfBackend,
  toBackendRecord,
  type CreateBackend,
  type DocumentBackend,
} from './document-backend';
import {
  assertDocumentName,
  DOCUMENT_NAME,
  type DecodeDocument,
  type DocumentStore,
  type OpenedStore,
  type StoreNotice,
} from './document-store';
import { JsonEncoder } from './json-bytes';
import { fsyncDirectory, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, tightenMode } from './durable-fs';
import { NewerVersionError } from './migrations';
import { moveToQuarantine } from './quarantine';
import { cleanStaleTempFiles } from './stale-temp-cleanup';

export interface FileDocumentStoreOptions {
  dir: string;
  /**
   * Makes the conf-compatible object that writes one document. Default: conf. Electron main passes
   * `(o) => new ElectronStore(electronStoreOptions(o))`.
   */
  createBackend?: CreateBackend;
  /** Backups kept per document. */
  maxBackups?: number;
  /** A document's current file joins its backups at most this often, so most saves are one write + fsync. */
  backupIntervalMs?: number;
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
 * One JSON file per document in `dir`, written whole and atomically through conf / electron-store;
 * rotating backups in `dir/backups/<name>/`; unusable files moved to `dir/quarantine/`.
 *
 * Every write runs synchronously from start to rename, so writes can never interleave, even to the
 * same document and even if a caller does not queue them as Repository does.
 */
export class FileDocumentStore implements DocumentStore {
  readonly dir: string;
  private readonly createBackend: CreateBackend;
  private readonly backups: BackupSet;
  private readonly backupIntervalMs: number;
  private readonly staleTempGraceMs: number;
  private readonly now: () => Date;
  private readonly backends = new Map<string, DocumentBackend>();
  private readonly lastBackupAt = new Map<string, number>();
  private readonly encoder = new JsonEncoder();
  private closed = false;

  constructor(options: FileDocumentStoreOptions) {
    this.dir = resolve(options.dir);
    this.createBackend = options.createBackend ?? createConfBackend;
    this.backups = new BackupSet(this.dir, options.maxBackups ?? DEFAULT_MAX_BACKUPS);
    this.backupIntervalMs = options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
    this.staleTempGraceMs = options.staleTempGraceMs ?? DEFAULT_STALE_TEMP_GRACE_MS;
    this.now = options.now ?? (() => new Date());
    // Only a folder created here gets 0700: `--data` may name a folder the user shares on purpose.
    mkdirSync(this.dir, { recursive: true, mode: PRIVATE_DIR_MODE });
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
    this.backends.delete(name);
    this.lastBackupAt.delete(name);
    fsyncDirectory(this.dir);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.backends.clear();
  }

  /** Backups of a document, newest first (for tests and a future restore screen). */
  listBackups(name: string): string[] {
    assertDocumentName(name);
    return this.backups.list(name);
  }

  private writeNow(name: string, data: unknown): void {
    this.backupBeforeReplacing(name);
    this.backend(name).store = toBackendRecord(data);
    // conf's atomic write fsyncs the file, not the folder entry the rename changed.
    fsyncDirectory(this.dir);
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
  private recover(name: string, error: unknown, decode: DecodeDocument): { notice: StoreNotice; value?: unknown } {
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
        notice: { kind: newer ? 'newerVersion' : 'restoredFromBackup', document: name, quarantinedAs, backup, reason, at },
        value: loaded.value,
      };
    }
    return {
      notice: { kind: newer ? 'newerVersion' : 'quarantinedWithoutBackup', document: name, quarantinedAs, backup: null, reason, at },
    };
  }

  private backend(name: string): DocumentBackend {
    let backend = this.backends.get(name);
    if (!backend) {
      // Created at the first write, not at open: conf's constructor reads and parses the whole file,
      // which open has just done itself.
      backend = this.createBackend(backendOptions(this.dir, name, this.encoder));
      if (resolve(backend.path) !== this.pathOf(name)) {
        throw new Error(`storage backend writes ${backend.path}, expected ${this.pathOf(name)}`);
      }
      this.backends.set(name, backend);
    }
    return backend;
  }

  private pathOf(name: string): string {
    return join(this.dir, `${name}.json`);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('document store is closed');
  }
}

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
