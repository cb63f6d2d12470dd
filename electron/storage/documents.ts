import {
  FollowUpDocument,
  GateDocument,
  ImportPresetsDocument,
  MeetingDocument,
  Office,
  OpinionSetDocument,
  Preferences,
  ProjectPoolDocument,
  RehearsalDocument,
  ReportCardDocument,
} from '../../shared/domain';
import { DocumentSchema, InvalidDocumentError, uniqueIds, type DocumentIssue } from './document-schema';
import { migrate, type DocumentKind } from './migrations';

/** Names of the stored documents; one per meeting, plus the office and the preferences. */
export const OFFICE_DOC = 'office';
export const PREFERENCES_DOC = 'preferences';
export const MEETING_PREFIX = 'meeting-';
/**
 * A meeting's opinions live apart from the meeting: thousands of records, rarely written, so saving a
 * change to the meeting never rewrites them.
 */
export const OPINIONS_PREFIX = 'opinions-';
export const IMPORT_PRESETS_DOC = 'import-presets';
/** 民生项目池: one per data folder, across meetings (a batch runs for half a year). */
export const PROJECT_POOL_DOC = 'project-pool';
/** A meeting's 数字成绩单, apart from the meeting so editing a card never rewrites live questions. */
export const REPORT_PREFIX = 'report-';
/** A meeting's 彩排 (rehearsal) record; removed whole by the wipe, so the real record is never touched. */
export const REHEARSAL_PREFIX = 'rehearsal-';
/** A meeting's 手机提问 settings and token; never part of the meeting's data or its archive. */
export const GATE_PREFIX = 'gate-';
/** A meeting's 跟踪 items and ratings: written for months after the meeting, never rewriting it. */
export const FOLLOW_PREFIX = 'follow-';

export type MeetingDocName = `${typeof MEETING_PREFIX}${string}`;
export type OpinionsDocName = `${typeof OPINIONS_PREFIX}${string}`;
export type ReportDocName = `${typeof REPORT_PREFIX}${string}`;
export type RehearsalDocName = `${typeof REHEARSAL_PREFIX}${string}`;
export type GateDocName = `${typeof GATE_PREFIX}${string}`;
export type FollowDocName = `${typeof FOLLOW_PREFIX}${string}`;
export type ListedPrefix =
  | typeof MEETING_PREFIX
  | typeof OPINIONS_PREFIX
  | typeof REPORT_PREFIX
  | typeof REHEARSAL_PREFIX
  | typeof GATE_PREFIX
  | typeof FOLLOW_PREFIX;

interface SingleDocuments {
  [OFFICE_DOC]: Office;
  [PREFERENCES_DOC]: Preferences;
  [IMPORT_PRESETS_DOC]: ImportPresetsDocument;
  [PROJECT_POOL_DOC]: ProjectPoolDocument;
}

/** Every document name the services may read or write. */
export type DocName =
  | keyof SingleDocuments
  | MeetingDocName
  | OpinionsDocName
  | ReportDocName
  | RehearsalDocName
  | GateDocName
  | FollowDocName;

/** The type of the document stored under a name, so `repo.get(meetingDocName(id))` needs no cast. */
export type DocOf<N extends DocName> = N extends keyof SingleDocuments
  ? SingleDocuments[N]
  : N extends MeetingDocName
    ? MeetingDocument
    : N extends OpinionsDocName
      ? OpinionSetDocument
      : N extends ReportDocName
        ? ReportCardDocument
        : N extends RehearsalDocName
          ? RehearsalDocument
          : N extends GateDocName
            ? GateDocument
            : N extends FollowDocName
              ? FollowUpDocument
              : never;

export function meetingDocName(meetingId: string): MeetingDocName {
  return `${MEETING_PREFIX}${meetingId}`;
}

export function opinionsDocName(meetingId: string): OpinionsDocName {
  return `${OPINIONS_PREFIX}${meetingId}`;
}

export function reportDocName(meetingId: string): ReportDocName {
  return `${REPORT_PREFIX}${meetingId}`;
}

export function rehearsalDocName(meetingId: string): RehearsalDocName {
  return `${REHEARSAL_PREFIX}${meetingId}`;
}

export function gateDocName(meetingId: string): GateDocName {
  return `${GATE_PREFIX}${meetingId}`;
}

export function followDocName(meetingId: string): FollowDocName {
  return `${FOLLOW_PREFIX}${meetingId}`;
}

/** A document kept under `<prefix><id>` must name that same id, or the services would lose it. */
function namedAs<T>(path: string, id: (doc: T) => string) {
  return (name: string, doc: T): DocumentIssue | null => {
    const expected = name.slice(name.indexOf('-') + 1);
    return id(doc) === expected ? null : { path, message: `应为“${expected}”，实为“${id(doc)}”` };
  };
}

interface KindSpec {
  kind: DocumentKind;
  schema: Pick<DocumentSchema<unknown>, 'parse' | 'check'>;
  /** Checked against the document's name before each write. */
  named?: (name: string, doc: never) => DocumentIssue | null;
  /** How the document is called in a message to the user. */
  label: string;
}

const office = new DocumentSchema<Office>(
  Office,
  ['communities', 'departments'],
  [uniqueIds('communities'), uniqueIds('departments')],
);
const meeting = new DocumentSchema<MeetingDocument>(
  MeetingDocument,
  ['questions', 'commitments'],
  [uniqueIds('questions'), uniqueIds('commitments')],
);
const opinions = new DocumentSchema<OpinionSetDocument>(
  OpinionSetDocument,
  ['opinions', 'imports', 'groups'],
  [uniqueIds('opinions'), uniqueIds('imports'), uniqueIds('groups')],
);

const report = new DocumentSchema<ReportCardDocument>(ReportCardDocument, ['cards'], [uniqueIds('cards')]);
const rehearsal = new DocumentSchema<RehearsalDocument>(
  RehearsalDocument,
  ['questions', 'commitments'],
  [uniqueIds('questions'), uniqueIds('commitments')],
);

const OFFICE_SPEC: KindSpec = { kind: 'office', schema: office, label: '单位设置' };
const PREFERENCES_SPEC: KindSpec = {
  kind: 'preferences',
  schema: new DocumentSchema<Preferences>(Preferences, []),
  label: '偏好设置',
};
const PRESETS_SPEC: KindSpec = {
  kind: 'importPresets',
  schema: new DocumentSchema<ImportPresetsDocument>(ImportPresetsDocument, []),
  label: '导入映射方案',
};
const MEETING_SPEC: KindSpec = {
  kind: 'meeting',
  schema: meeting,
  named: namedAs<MeetingDocument>('meeting.id', (d) => d.meeting.id),
  label: '会议',
};
const OPINIONS_SPEC: KindSpec = {
  kind: 'opinions',
  schema: opinions,
  named: namedAs<OpinionSetDocument>('meetingId', (d) => d.meetingId),
  label: '意见诉求',
};

const REPORT_SPEC: KindSpec = {
  kind: 'report',
  schema: report,
  named: namedAs<ReportCardDocument>('meetingId', (d) => d.meetingId),
  label: '数字成绩单',
};

const REHEARSAL_SPEC: KindSpec = {
  kind: 'rehearsal',
  schema: rehearsal,
  named: namedAs<RehearsalDocument>('meetingId', (d) => d.meetingId),
  label: '彩排记录',
};

const GATE_SPEC: KindSpec = {
  kind: 'gate',
  schema: new DocumentSchema<GateDocument>(GateDocument, []),
  named: namedAs<GateDocument>('meetingId', (d) => d.meetingId),
  label: '手机提问设置',
};

const FOLLOW_SPEC: KindSpec = {
  kind: 'followUp',
  schema: new DocumentSchema<FollowUpDocument>(
    FollowUpDocument,
    ['items', 'communityRatings'],
    [uniqueIds('items'), uniqueIds('communityRatings')],
  ),
  named: namedAs<FollowUpDocument>('meetingId', (d) => d.meetingId),
  label: '跟踪督办记录',
};

const POOL_SPEC: KindSpec = {
  kind: 'projectPool',
  schema: new DocumentSchema<ProjectPoolDocument>(
    ProjectPoolDocument,
    ['batches', 'projects', 'votes', 'imports'],
    [uniqueIds('batches'), uniqueIds('projects'), uniqueIds('votes'), uniqueIds('imports')],
  ),
  label: '民生项目池',
};

function specOf(name: string): KindSpec | undefined {
  if (name === OFFICE_DOC) return OFFICE_SPEC;
  if (name === PREFERENCES_DOC) return PREFERENCES_SPEC;
  if (name === IMPORT_PRESETS_DOC) return PRESETS_SPEC;
  if (name === PROJECT_POOL_DOC) return POOL_SPEC;
  if (name.startsWith(MEETING_PREFIX)) return MEETING_SPEC;
  if (name.startsWith(OPINIONS_PREFIX)) return OPINIONS_SPEC;
  if (name.startsWith(REPORT_PREFIX)) return REPORT_SPEC;
  if (name.startsWith(REHEARSAL_PREFIX)) return REHEARSAL_SPEC;
  if (name.startsWith(GATE_PREFIX)) return GATE_SPEC;
  if (name.startsWith(FOLLOW_PREFIX)) return FOLLOW_SPEC;
  return undefined;
}

/** Validates and migrates one stored document; throws when it is unusable, so the store quarantines it. */
export function decodeDocument(name: string, raw: unknown): unknown {
  const spec = specOf(name);
  // Documents of later features are decoded by their own modules; keep them untouched.
  if (!spec) return raw;
  return spec.schema.parse(migrate(spec.kind, raw));
}

/**
 * The document as it will be stored, or the reason it cannot be: its schema (only what changed is
 * parsed again), the rules across its records, and that it names the id it is stored under.
 */
export function checkDocument<N extends DocName>(name: N, value: DocOf<N>): DocOf<N> {
  const spec = specOf(name);
  if (!spec) throw new Error(`no schema for document ${name}`);
  const doc = spec.schema.check(value) as DocOf<N>;
  const issue = spec.named?.(name, doc as never);
  if (issue) throw new InvalidDocumentError([issue]);
  return doc;
}

export function documentLabel(name: string): string {
  return specOf(name)?.label ?? name;
}
