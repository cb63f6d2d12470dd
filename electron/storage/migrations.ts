import {
  IMPORT_PRESETS_SCHEMA_VERSION,
  MEETING_SCHEMA_VERSION,
  OFFICE_SCHEMA_VERSION,
  OPINION_SET_SCHEMA_VERSION,
  PREFERENCES_SCHEMA_VERSION,
  REHEARSAL_SCHEMA_VERSION,
  REPORT_SCHEMA_VERSION,
  GATE_SCHEMA_VERSION,
  FOLLOW_UP_SCHEMA_VERSION,
  PROJECT_POOL_SCHEMA_VERSION,
} from '../../shared/domain';

export type DocumentKind =
  | 'office'
  | 'preferences'
  | 'meeting'
  | 'opinions'
  | 'importPresets'
  | 'report'
  | 'rehearsal'
  | 'gate'
  | 'followUp'
  | 'projectPool';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export type MigrationSteps = Record<DocumentKind, Record<number, Migration>>;

type Row = Record<string, unknown>;
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

/** Fields an old import can be seen to have fed: some row of it holds a value there. */
const V1_FIELDS: ReadonlyArray<readonly [string, (o: Row) => boolean]> = [
  ['workOrderNo', (o) => o.workOrderNo !== ''],
  // Every v1 row was given a channel, from its cell or the import's default.
  ['channel', () => true],
  ['category', (o) => o.category !== ''],
  ['content', (o) => o.content !== ''],
  ['communityName', (o) => o.communityName !== ''],
  ['receivedAt', (o) => o.receivedAt !== null],
  ['resolved', (o) => o.resolved !== null],
  ['satisfaction', (o) => o.satisfaction !== 'unrated'],
  ['residentName', (o) => o.residentName !== ''],
  ['residentPhone', (o) => o.residentPhone !== ''],
];

/**
 * Opinion sets v1 → v2: rows gain the handling status (办理状态) and response apart from resolved; v1
 * read both into `resolved`, and which column it was cannot be told afterwards, so it stays there.
 * Imports gain the fields they had, reconstructed from their rows.
 */
const opinionsV1ToV2: Migration = (doc) => {
  const opinions = rowsOf(doc.opinions);
  return {
    ...doc,
    opinions: opinions.map((o) => ({ ...o, closed: null, responded: null })),
    imports: rowsOf(doc.imports).map((record) => {
      const rows = opinions.filter((o) => o.importId === record.id);
      return { ...record, fields: V1_FIELDS.filter(([, has]) => rows.some(has)).map(([field]) => field) };
    }),
  };
};

const V1_QUESTION_STATE: Record<string, string> = {
  pending: 'waiting',
  // v1 "approved for display" was never shown by any version: still waiting for the floor.
  approved: 'waiting',
  answered: 'answered',
  rejected: 'declined',
};

/**
 * Meetings v1 → v2: questions get the live states (waiting … merged), votes and a history; a v1
 * rejection had no reason, which the asker must now see, so it says so. Commitments gain owner,
 * milestones and edits by their defaults.
 */
const meetingV1ToV2: Migration = (doc) => ({
  ...doc,
  questions: rowsOf(doc.questions).map(({ upvotes, state, ...q }) => ({
    ...q,
    state: V1_QUESTION_STATE[String(state)] ?? 'waiting',
    votes: typeof upvotes === 'number' ? upvotes : 0,
    ...(state === 'rejected' ? { declineReason: '（旧版本记录，未注明理由）' } : {}),
  })),
  scores: [],
  closing: null,
});

/**
 * Pure steps from version N to N+1, per kind. Each stored version has a sample file under
 * test/fixtures/documents/ that the migration test loads.
 */
const steps: MigrationSteps = {
  office: {},
  preferences: {},
  meeting: { 1: meetingV1ToV2 },
  opinions: { 1: opinionsV1ToV2 },
  importPresets: {},
  report: {},
  rehearsal: {},
  gate: {},
  followUp: {},
  projectPool: {},
};

export const CURRENT_VERSION: Record<DocumentKind, number> = {
  office: OFFICE_SCHEMA_VERSION,
  preferences: PREFERENCES_SCHEMA_VERSION,
  meeting: MEETING_SCHEMA_VERSION,
  opinions: OPINION_SET_SCHEMA_VERSION,
  importPresets: IMPORT_PRESETS_SCHEMA_VERSION,
  report: REPORT_SCHEMA_VERSION,
  rehearsal: REHEARSAL_SCHEMA_VERSION,
  gate: GATE_SCHEMA_VERSION,
  followUp: FOLLOW_UP_SCHEMA_VERSION,
  projectPool: PROJECT_POOL_SCHEMA_VERSION,
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
