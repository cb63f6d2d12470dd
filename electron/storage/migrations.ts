import {
  IMPORT_PRESETS_SCHEMA_VERSION,
  MEETING_SCHEMA_VERSION,
  OFFICE_SCHEMA_VERSION,
  OPINION_SET_SCHEMA_VERSION,
  PREFERENCES_SCHEMA_VERSION,
} from '../../shared/domain';

export type DocumentKind = 'office' | 'preferences' | 'meeting' | 'opinions' | 'importPresets';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export type MigrationSteps = Record<DocumentKind, Record<number, Migration>>;

/**
 * Pure steps from version N to N+1, per kind. Each stored version has a sample file under
 * test/fixtures/documents/ that the migration test loads.
 */
const steps: MigrationSteps = {
  office: {},
  preferences: {},
  meeting: {},
  opinions: {},
  importPresets: {},
};

export const CURRENT_VERSION: Record<DocumentKind, number> = {
  office: OFFICE_SCHEMA_VERSION,
  preferences: PREFERENCES_SCHEMA_VERSION,
  meeting: MEETING_SCHEMA_VERSION,
  opinions: OPINION_SET_SCHEMA_VERSION,
  importPresets: IMPORT_PRESETS_SCHEMA_VERSION,
};

export class NewerVersionError extends Error {
  override name = 'NewerVersionError';
}

/** The steps and versions migrate uses; a test passes its own to exercise the runner itself. */
export interface MigrationTable {
  steps: MigrationSteps;
  current: Record<DocumentKind, number>;
}

export function migrate(
  kind: DocumentKind,
  raw: unknown,
  table: MigrationTable = { steps, current: CURRENT_VERSION },
): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not a document');
  let doc = raw as Record<string, unknown>;
  const current = table.current[kind];
  let version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0;
  if (version > current) {
    throw new NewerVersionError(`document version ${version} is newer than this app (${current})`);
  }
  while (version < current) {
    const step = table.steps[kind][version];
    if (!step) throw new Error(`no migration for ${kind} from version ${version}`);
    // A copy, so that a step written to change its argument still leaves the caller's document alone.
    doc = step(structuredClone(doc));
    version += 1;
    doc = { ...doc, schemaVersion: version };
  }
  return doc;
}
