import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportPresetsDocument, MeetingDocument, Office, OpinionSetDocument, Preferences } from '../../shared/domain';
import { decodeDocument, IMPORT_PRESETS_DOC, MEETING_PREFIX, OFFICE_DOC, opinionsDocName, PREFERENCES_DOC } from '../../electron/storage/documents';
import { CURRENT_VERSION, migrate, NewerVersionError, type DocumentKind } from '../../electron/storage/migrations';

/**
 * One stored sample per schema version of every kind: `test/fixtures/documents/<kind>.v<N>.json`.
 * Bumping a *_SCHEMA_VERSION fails here until the old version's sample stays, the new one is added,
 * and a migration step leads from each old version to the current one.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'documents');

const kinds: Record<DocumentKind, { docName: string; schema: { parse(value: unknown): unknown } }> = {
  office: { docName: OFFICE_DOC, schema: Office },
  preferences: { docName: PREFERENCES_DOC, schema: Preferences },
  meeting: { docName: `${MEETING_PREFIX}m-2025-fz`, schema: MeetingDocument },
  opinions: { docName: opinionsDocName('m-2025-fz'), schema: OpinionSetDocument },
  importPresets: { docName: IMPORT_PRESETS_DOC, schema: ImportPresetsDocument },
};

function sample(kind: DocumentKind, version: number): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, `${kind}.v${version}.json`), 'utf8'));
}

describe('migrations on stored samples of every version', () => {
  for (const [kind, { docName, schema }] of Object.entries(kinds) as [DocumentKind, (typeof kinds)[DocumentKind]][]) {
    const current = CURRENT_VERSION[kind];
    for (let version = 1; version <= current; version++) {
      it(`${kind} v${version} decodes to the current schema (v${current})`, () => {
        expect(existsSync(join(FIXTURES, `${kind}.v${version}.json`)), `add test/fixtures/documents/${kind}.v${version}.json`).toBe(true);
        const raw = sample(kind, version);
        expect((raw as { schemaVersion: unknown }).schemaVersion).toBe(version);
        const decoded = decodeDocument(docName, raw) as { schemaVersion: number };
        expect(decoded.schemaVersion).toBe(current);
        expect(schema.parse(decoded)).toEqual(decoded);
      });
    }

    it(`${kind}: migration is pure (leaves its input alone)`, () => {
      const raw = sample(kind, 1);
      const before = structuredClone(raw);
      migrate(kind, raw);
      expect(raw).toEqual(before);
    });

    it(`${kind}: a document from a newer version is refused as such, not as damage`, () => {
      const raw = { ...(sample(kind, current) as object), schemaVersion: current + 1 };
      expect(() => decodeDocument(docName, raw)).toThrow(NewerVersionError);
    });
  }

  it('has a sample for no version or kind that does not exist', () => {
    for (const file of readdirSync(FIXTURES)) {
      const match = /^(\w+)\.v(\d+)\.json$/.exec(file);
      expect(match, `unexpected fixture ${file}`).not.toBeNull();
      const kind = match![1] as DocumentKind;
      expect(Object.keys(kinds), `unknown kind in ${file}`).toContain(kind);
      expect(Number(match![2])).toBeLessThanOrEqual(CURRENT_VERSION[kind]);
    }
  });

  it('covers every kind the migrations know', () => {
    expect(Object.keys(kinds).sort()).toEqual(Object.keys(CURRENT_VERSION).sort());
  });
});
