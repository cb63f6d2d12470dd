import { z } from 'zod';
import {
  Community,
  CommunityKind,
  Department,
  DepartmentKind,
  Contact,
  Id,
  Instant,
  Language,
  Meeting,
  MeetingDraft,
  MeetingLevel,
  MeetingPatch,
  MeetingStatus,
  Name,
  Office,
  OfficeProfilePatch,
  Preferences,
  Revision,
} from '../domain';

const NoInput = z.object({}).strict();
const ById = z.object({ id: Id }).strict();

/** A notice the user must see, e.g. a corrupt document restored from backup. */
export const StorageNotice = z.object({
  id: z.string(),
  kind: z.enum(['restoredFromBackup', 'quarantinedWithoutBackup', 'migrated', 'newerVersion']),
  document: z.string(),
  /** Where the damaged file was moved, so nothing is ever deleted. */
  quarantinedAs: z.string().nullable(),
  message: z.string(),
  at: Instant,
});
export type StorageNotice = z.infer<typeof StorageNotice>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  notices: z.array(StorageNotice),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const MeetingSummary = Meeting.pick({
  id: true,
  title: true,
  level: true,
  startsAt: true,
  venue: true,
  status: true,
  communityIds: true,
  updatedAt: true,
  revision: true,
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const TrashedMeeting = z.object({ meeting: MeetingSummary, deletedAt: Instant, purgeAfter: Instant });
export type TrashedMeeting = z.infer<typeof TrashedMeeting>;

export const ReorderInput = z.object({ ids: z.array(Id).max(1000) }).strict();
export const MergeInput = z
  .object({ sourceId: Id, targetId: Id })
  .strict()
  .refine((v) => v.sourceId !== v.targetId, { message: '不能与自身合并', path: ['targetId'] });

/**
 * The whole API between renderer and services, declared once. Both transports (Electron IPC and
 * HTTP) and the client are generated from this object, so a method name is never written twice.
 */
export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
  'app.dismissNotice': { input: z.object({ id: z.string().max(100) }).strict(), output: z.null() },

  'preferences.get': { input: NoInput, output: Preferences },
  'preferences.update': { input: z.object({ language: Language }).strict(), output: Preferences },

  'office.get': { input: NoInput, output: Office },
  'office.update': { input: OfficeProfilePatch.strict(), output: Office },

  'communities.create': {
    input: z.object({ name: Name, kind: CommunityKind.default('community') }).strict(),
    output: Community,
  },
  'communities.update': {
    input: z.object({ id: Id, name: Name.optional(), kind: CommunityKind.optional() }).strict(),
    output: Community,
  },
  'communities.delete': { input: ById, output: z.null() },
  'communities.reorder': { input: ReorderInput, output: z.array(Community) },
  /** Merges a duplicate into another: meetings that named the source now name the target. */
  'communities.merge': { input: MergeInput, output: z.array(Community) },

  'departments.create': {
    input: z
      .object({ name: Name, kind: DepartmentKind.default('section'), contact: Contact.optional() })
      .strict(),
    output: Department,
  },
  'departments.update': {
    input: z
      .object({ id: Id, name: Name.optional(), kind: DepartmentKind.optional(), contact: Contact.optional() })
      .strict(),
    output: Department,
  },
  'departments.delete': { input: ById, output: z.null() },
  'departments.reorder': { input: ReorderInput, output: z.array(Department) },
  'departments.merge': { input: MergeInput, output: z.array(Department) },

  'meetings.list': {
    input: z
      .object({
        query: z.string().max(100).optional(),
        level: MeetingLevel.optional(),
        status: MeetingStatus.optional(),
      })
      .strict(),
    output: z.array(MeetingSummary),
  },
  'meetings.get': { input: ById, output: Meeting },
  'meetings.create': { input: MeetingDraft.strict(), output: Meeting },
  'meetings.update': {
    input: z
      .object({
        id: Id,
        patch: MeetingPatch.strict(),
        /** When given, the update is refused if someone else saved in between. */
        expectedRevision: Revision.optional(),
      })
      .strict(),
    output: Meeting,
  },
  'meetings.duplicate': { input: ById, output: Meeting },
  /** Undoable for the rest of the session with meetings.undoDelete; then it sits 30 days in the trash. */
  'meetings.delete': { input: ById, output: z.object({ id: Id }) },
  'meetings.undoDelete': { input: ById, output: Meeting },
  'meetings.trash': { input: NoInput, output: z.array(TrashedMeeting) },
  'meetings.restore': { input: ById, output: Meeting },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const methods = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
