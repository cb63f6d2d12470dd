import Conf, { type Options as ConfOptions } from 'conf';
import { JsonEncoder } from './json-bytes';

/**
 * One document's file, written through conf (under Node) or electron-store (in Electron, which
 * extends conf). Both satisfy this shape; the store only ever assigns `store`, which conf writes
 * atomically: temp file, write, fsync, chmod, rename (conf → atomically.writeFileSync).
 */
export interface DocumentBackend {
  readonly path: string;
  store: BackendRecord;
}

export type BackendRecord = Record<string, unknown>;

/** conf's reserved key. Present in every value we assign; see `toBackendRecord`. */
const CONF_INTERNAL_KEY = '__internal__';

/** Options for one document's backend, neutral between conf (`configName`) and electron-store (`name`). */
export interface DocumentBackendOptions {
  cwd: string;
  /** The document name; the file is `<cwd>/<name>.json`. */
  name: string;
  fileExtension: 'json';
  configFileMode: number;
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
  watch: false;
  serialize: (value: BackendRecord) => Uint8Array;
  deserialize: (text: string) => BackendRecord;
}

export type CreateBackend = (options: DocumentBackendOptions) => DocumentBackend;

/**
 * `encoder` may be shared by every document of a store: conf serialises and writes synchronously, so
 * its reused buffer is written out before anything can encode again.
 */
export function backendOptions(cwd: string, name: string, encoder = new JsonEncoder()): DocumentBackendOptions {
  return {
    cwd,
    name,
    fileExtension: 'json',
    configFileMode: 0o600,
    // A damaged file must reach our quarantine, never be silently reset by conf.
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
    serialize: (value) => encoder.encode(value.document),
    deserialize: (text) => ({ document: JSON.parse(text) as unknown }),
  };
}

/**
 * The value assigned to `backend.store` for a document. conf's setter re-reads and re-parses the whole
 * file to carry over its `__internal__` migration bookkeeping unless the new value already has that key;
 * we never use conf's migrations, so the key is always present (and never written: `serialize` writes
 * only `document`). That keeps a save at one write + fsync instead of a read + parse + write + fsync.
 */
export function toBackendRecord(document: unknown): BackendRecord {
  return { [CONF_INTERNAL_KEY]: {}, document };
}

/**
 * conf's own option types say `serialize` returns a string; at runtime conf hands the result straight to
 * atomically.writeFileSync, which writes a Uint8Array as it is (conf 15.1, atomically 2.1; pinned by
 * test/storage/document-backend.test.ts). Bytes let unchanged records skip UTF-8 encoding on every save.
 */
type ConfSerialize = NonNullable<ConfOptions<BackendRecord>['serialize']>;

function sharedOptions(options: DocumentBackendOptions): Omit<ConfOptions<BackendRecord>, 'configName'> {
  const { cwd, fileExtension, configFileMode, clearInvalidConfig, accessPropertiesByDotNotation, watch, deserialize } =
    options;
  return {
    cwd,
    fileExtension,
    configFileMode,
    clearInvalidConfig,
    accessPropertiesByDotNotation,
    watch,
    deserialize,
    serialize: options.serialize as unknown as ConfSerialize,
  };
}

/** Options for `new Conf(...)`. */
export function confOptions(options: DocumentBackendOptions): ConfOptions<BackendRecord> {
  return { ...sharedOptions(options), configName: options.name };
}

/**
 * Options for `new ElectronStore(...)` (electron-store names the file `name`), so Electron main can
 * pass `createBackend: (o) => new ElectronStore(electronStoreOptions(o))` without this module
 * importing Electron.
 */
export function electronStoreOptions(
  options: DocumentBackendOptions,
): Omit<ConfOptions<BackendRecord>, 'configName'> & { name: string } {
  return { ...sharedOptions(options), name: options.name };
}

/** The default under Node: conf itself. */
export const createConfBackend: CreateBackend = (options) => new Conf<BackendRecord>(confOptions(options));
