import { z } from 'zod';
import { Id, Name, Phone, SampleMark } from './common';
import { DEFAULT_FOLLOW_UP_SETTINGS, FollowUpSettings } from './follow-up';
import { DEFAULT_FLAGGED_WORDS, FlaggedWords } from './phone';

export const OFFICE_SCHEMA_VERSION = 1;

/** How many communities and departments one office keeps; the services explain the limit before the schema refuses it. */
export const OFFICE_LIMITS = { communities: 1000, departments: 1000 } as const;

/** 街道 street office or 镇 town government. */
export const OfficeKind = z.enum(['street', 'town']);
export type OfficeKind = z.infer<typeof OfficeKind>;

/** 社区 urban community or 村 village. */
export const CommunityKind = z.enum(['community', 'village']);
export type CommunityKind = z.infer<typeof CommunityKind>;

export const Community = z.object({
  id: Id,
  name: Name,
  kind: CommunityKind,
  sample: SampleMark,
});
export type Community = z.infer<typeof Community>;

/** 科室 a section of the office, 区级部门 a district department, 社区 a community acting as a department. */
export const DepartmentKind = z.enum(['section', 'district', 'community']);
export type DepartmentKind = z.infer<typeof DepartmentKind>;

export const Contact = z.object({
  person: z.string().trim().max(50).default(''),
  phone: Phone.default(''),
});
export type Contact = z.infer<typeof Contact>;

export const Department = z.object({
  id: Id,
  name: Name,
  kind: DepartmentKind,
  contact: Contact,
  sample: SampleMark,
});
export type Department = z.infer<typeof Department>;

export const OfficeProfile = z.object({
  name: z.string().trim().max(100, '名称不能超过 100 个字'),
  kind: OfficeKind,
  district: z.string().trim().max(100, '所属区不能超过 100 个字'),
  address: z.string().trim().max(200, '地址不能超过 200 个字'),
  phone: Phone,
});
export type OfficeProfile = z.infer<typeof OfficeProfile>;

/** Only the fields given change. */
export const OfficeProfilePatch = OfficeProfile.partial();

/** The office document: profile plus its ordered communities and departments. */
export const Office = z.object({
  schemaVersion: z.literal(OFFICE_SCHEMA_VERSION),
  profile: OfficeProfile,
  communities: z.array(Community).max(OFFICE_LIMITS.communities),
  departments: z.array(Department).max(OFFICE_LIMITS.departments),
  /** The profile is the sample's, filled in because it was blank; cleared once the user edits it. */
  sampleProfile: SampleMark,
  /** 敏感词: words that flag a phone's question for the moderator. */
  flaggedWords: FlaggedWords.default([...DEFAULT_FLAGGED_WORDS]),
  /** 跟踪: 回访 days, the ranking minimum, when the notice is due. */
  followUp: FollowUpSettings.default(DEFAULT_FOLLOW_UP_SETTINGS),
});
export type Office = z.infer<typeof Office>;

export function emptyOffice(): Office {
  return {
    schemaVersion: OFFICE_SCHEMA_VERSION,
    profile: { name: '', kind: 'street', district: '', address: '', phone: '' },
    communities: [],
    departments: [],
    flaggedWords: [...DEFAULT_FLAGGED_WORDS],
    followUp: DEFAULT_FOLLOW_UP_SETTINGS,
  };
}
