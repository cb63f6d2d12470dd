import { MeetingDocument, Office, Preferences } from '../../shared/domain';
import { migrate } from './migrations';

/** Names of the stored documents; one per meeting, plus the office and the preferences. */
export const OFFICE_DOC = 'office';
export const PREFERENCES_DOC = 'preferences';
export const MEETING_PREFIX = 'meeting-';

export function meetingDocName(meetingId: string): string {
  return `${MEETING_PREFIX}${meetingId}`;
}

/** Validates and migrates one stored document; throws when it is unusable, so the store quarantines it. */
export function decodeDocument(name: string, raw: unknown): unknown {
  if (name === OFFICE_DOC) return Office.parse(migrate('office', raw));
  if (name === PREFERENCES_DOC) return Preferences.parse(migrate('preferences', raw));
  if (name.startsWith(MEETING_PREFIX)) return MeetingDocument.parse(migrate('meeting', raw));
  // Documents of later features are decoded by their own modules; keep them untouched.
  return raw;
}
