/**
 * Where whole JSON documents live. Implementations: one file per document written by
 * writeFileDurably (with backups and quarantine) and memory (tests). Services never see this; they use the Repository.
 */
export interface DocumentStore {
  /**
   * Reads every stored document. `decode` validates and migrates one document and throws if it is
   * unusable; a document that fails is quarantined and its newest good backup is used instead.
   */
  open(decode: DecodeDocument): Promise<OpenedStore>;
  /** Replaces a document atomically; resolves only once the bytes are durable on disk. */
  write(name: string, data: unknown): Promise<void>;
  /** Removes a document for good (used only when the trash is purged). */
  remove(name: string): Promise<void>;
  close(): Promise<void>;
}

export type DecodeDocument = (name: string, raw: unknown) => unknown;

export interface OpenedStore {
  documents: Map<string, unknown>;
  notices: StoreNotice[];
}

export interface StoreNotice {
  /**
   * `newerVersion`: written by a newer version of the app; set aside untouched (a backup this version
   * can read is loaded when there is one, see `backup`).
   */
  kind: 'restoredFromBackup' | 'quarantinedWithoutBackup' | 'newerVersion';
  document: string;
  /** Path of the damaged file after it was moved aside; never deleted. */
  quarantinedAs: string | null;
  /** Which backup was loaded, when one was. */
  backup: string | null;
  reason: string;
  /** When the damage was found (ISO 8601), not when the user happened to read the notice. */
  at: string;
}

/** Document names become file names: keep them to a safe alphabet. */
export const DOCUMENT_NAME = /^[a-z][a-z0-9-]{0,80}$/;

export function assertDocumentName(name: string): void {
  if (!DOCUMENT_NAME.test(name)) throw new Error(`invalid document name: ${name}`);
}
