import { ImportPresetsDocument, MeetingDocument, Office, OpinionSetDocument, Preferences } from '../../shared/domain';
import { migrate } from './migrations';

/** Names of the stored documents; one per meeting, plus the office and the preferences. */
export const OFFICE_DOC = 'office';
export const PREFERENCES_DOC = 'preferences';
export const MEETING_PREFIX = 'meeting-';

export function meetingDocName(meetingId: string): string {
  return `${MEETING_PREFIX}${meetingId}`;
}

/**
 * A meeting's opinions live apart from the meeting: thousands of records, rarely written, so saving a
 * change to the meeting never rewrites them.
 */
export const OPINIONS_PREFIX = 'opinions-';
export const IMPORT_PRESETS_DOC = 'import-presets';

export function opinionsDocName(meetingId: string): string {
  return `${OPINIONS_PREFIX}${meetingId}`;
}

/** Validates and migrates one stored document; throws when it is unusable, so the store quarantines it. */
export function decodeDocument(name: string, raw: unknown): unknown {
  if (name === OFFICE_DOC) return Office.parse(migrate('office', raw));
  if (name === PREFERENCES_DOC) return Preferences.parse(migrate('preferences', raw));
  if (name.startsWith(MEETING_PREFIX)) return MeetingDocument.parse(migrate('meeting', raw));
  if (name.startsWith(OPINIONS_PREFIX)) return OpinionSetDocument.parse(migrate('opinions', raw));
  if (name === IMPORT_PRESETS_DOC) return ImportPresetsDocument.parse(migrate('importPresets', raw));
  // Documents of later features are decoded by their own modules; keep them untouched.
  return raw;
}
