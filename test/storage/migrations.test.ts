import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ImportPresetsDocument,
  MeetingDocument,
  Office,
  OpinionSetDocument,
  ReportCardDocument,
  Preferences,
  RehearsalDocument,
  GateDocument,
  FollowUpDocument,
  ProjectPoolDocument,
} from '../../shared/domain';
import {
  decodeDocument,
  IMPORT_PRESETS_DOC,
  MEETING_PREFIX,
  OFFICE_DOC,
  opinionsDocName,
  reportDocName,
  rehearsalDocName,
  gateDocName,
  followDocName,
  PREFERENCES_DOC,
  PROJECT_POOL_DOC,
} from '../../electron/storage/documents';
import {
  CURRENT_VERSION,
  migrate,
  NewerVersionError,
  type DocumentKind,
  type MigrationSteps,
  type MigrationTable,
} from '../../electron/storage/migrations';

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
  report: { docName: reportDocName('m-2025-fz'), schema: ReportCardDocument },
  rehearsal: { docName: rehearsalDocName('m-2025-fz'), schema: RehearsalDocument },
  gate: { docName: gateDocName('m-2025-fz'), schema: GateDocument },
  followUp: { docName: followDocName('m-2025-fz'), schema: FollowUpDocument },
  projectPool: { docName: PROJECT_POOL_DOC, schema: ProjectPoolDocument },
};

function sample(kind: DocumentKind, version: number): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, `${kind}.v${version}.json`), 'utf8'));
}

describe('migrations on stored samples of every version', () => {
  for (const [kind, { docName, schema }] of Object.entries(kinds) as [
    DocumentKind,
    (typeof kinds)[DocumentKind],
  ][]) {
    const current = CURRENT_VERSION[kind];
    for (let version = 1; version <= current; version++) {
      it(`${kind} v${version} decodes to the current schema (v${current})`, () => {
        expect(
          existsSync(join(FIXTURES, `${kind}.v${version}.json`)),
          `add test/fixtures/documents/${kind}.v${version}.json`,
        ).toBe(true);
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

/**
 * The runner itself, with steps the test registers: while the app has no step of its own, the sample
 * tests above never run one, so they alone could not tell a runner that skips or misorders steps.
 */
describe('the migration runner, with steps registered by the test', () => {
  const noSteps = (): MigrationSteps => ({
    office: {},
    preferences: {},
    meeting: {},
    opinions: {},
    importPresets: {},
    report: {},
    rehearsal: {},
    gate: {},
    followUp: {},
    projectPool: {},
  });
  /** office at v3: v1 → v2 renames `name` to `title`; v2 → v3 adds `tags`, and changes its argument. */
  const table = (): MigrationTable => {
    const steps = noSteps();
    steps.office[1] = ({ name, ...rest }) => ({ ...rest, title: name });
    steps.office[2] = (doc) => {
      doc.tags = [`from ${String(doc.title)}`];
      return doc;
    };
    return { steps, current: { ...CURRENT_VERSION, office: 3 } };
  };

  it('runs every step from the stored version up, in order, and stamps the new version', () => {
    expect(migrate('office', { schemaVersion: 1, name: '方庄街道' }, table())).toEqual({
      schemaVersion: 3,
      title: '方庄街道',
      tags: ['from 方庄街道'],
    });
    expect(migrate('office', { schemaVersion: 2, title: '方庄街道' }, table())).toEqual({
      schemaVersion: 3,
      title: '方庄街道',
      tags: ['from 方庄街道'],
    });
  });

  it('leaves the stored document alone even when a step changes its argument', () => {
    const stored = { schemaVersion: 2, title: '方庄街道', nested: { kept: true } };
    const before = structuredClone(stored);
    const migrated = migrate('office', stored, table()) as { nested: unknown };
    expect(stored).toEqual(before);
    expect(migrated.nested).not.toBe(stored.nested);
  });

  it('refuses a version it has no step from, and one newer than the current', () => {
    expect(() => migrate('office', { title: 'no version' }, table())).toThrow(
      'no migration for office from version 0',
    );
    expect(() => migrate('office', { schemaVersion: 4 }, table())).toThrow(NewerVersionError);
    const gap = table();
    delete gap.steps.office[2];
    expect(() => migrate('office', { schemaVersion: 1, name: 'x' }, gap)).toThrow(
      'no migration for office from version 2',
    );
  });

  it('runs no step on a document already at the current version', () => {
    const steps = noSteps();
    steps.office[1] = () => {
      throw new Error('must not run');
    };
    const doc = { schemaVersion: 2, title: '方庄街道' };
    expect(migrate('office', doc, { steps, current: { ...CURRENT_VERSION, office: 2 } })).toEqual(doc);
  });

  it("uses the app's own steps and versions when given none", () => {
    const doc = { schemaVersion: CURRENT_VERSION.office, name: '方庄街道' };
    expect(migrate('office', doc)).toEqual(doc);
    expect(() => migrate('office', { ...doc, schemaVersion: CURRENT_VERSION.office + 1 })).toThrow(
      NewerVersionError,
    );
  });
});

describe('meeting v1 → v2: the live record', () => {
  const migrated = decodeDocument(`${MEETING_PREFIX}m-2025-fz`, sample('meeting', 1)) as MeetingDocument;

  it('maps the v1 question states and upvotes to the live states and votes', () => {
    expect(migrated.questions.map((q) => [q.id, q.state, q.votes])).toEqual([
      ['q-1', 'answered', 12],
      ['q-2', 'waiting', 0],
    ]);
    expect(migrated.questions.every((q) => q.revision === 1 && q.history.length === 0)).toBe(true);
  });

  it('drops the v1 report card (the report lives in its own document) and starts scores and close empty', () => {
    expect(migrated).not.toHaveProperty('reportCard');
    expect(migrated.scores).toEqual([]);
    expect(migrated.closing).toBeNull();
  });

  it('gives the commitments owner, milestones and edit history by their defaults', () => {
    expect(migrated.commitments[0]).toMatchObject({ owner: '', milestones: [], changes: [], revision: 1 });
  });

  it('gives a v1 rejection a reason the asker can see', () => {
    const raw = sample('meeting', 1) as { questions: Record<string, unknown>[] };
    raw.questions[1] = { ...raw.questions[1], state: 'rejected' };
    const doc = decodeDocument(`${MEETING_PREFIX}m-2025-fz`, raw) as MeetingDocument;
    expect(doc.questions[1]).toMatchObject({ state: 'declined' });
    expect(doc.questions[1]?.declineReason).not.toBe('');
  });
});
