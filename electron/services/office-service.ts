import {
  emptyOffice,
  OFFICE_LIMITS,
  type Community,
  type Department,
  type MeetingDocument,
  type Office,
} from '../../shared/domain';
import type { ParsedInput } from '../../shared/api';
import { AppError, notFound } from '../api/app-error';
import { MEETING_PREFIX, OFFICE_DOC, type MeetingDocName } from '../storage/documents';
import type { ServiceContext } from './service-context';
import { definedOnly } from './defined-fields';

type ListKey = 'communities' | 'departments';
const LABEL: Record<ListKey, string> = { communities: '社区', departments: '部门' };

export function getOffice(ctx: ServiceContext): Office {
  return ctx.repo.get(OFFICE_DOC) ?? emptyOffice();
}

async function saveOffice(ctx: ServiceContext, change: (office: Office) => Office): Promise<Office> {
  const saved = await ctx.repo.update(OFFICE_DOC, (current) => change(current ?? emptyOffice()));
  ctx.events.emit('office.changed', {});
  return saved;
}

export function updateProfile(ctx: ServiceContext, patch: ParsedInput<'office.update'>): Promise<Office> {
  // Once edited, the profile is the user's: removing the sample office no longer blanks it.
  return saveOffice(ctx, ({ sampleProfile: _sample, ...office }) => ({
    ...office,
    profile: { ...office.profile, ...patch },
  }));
}

function assertUniqueName(
  list: readonly { id: string; name: string }[],
  name: string,
  key: ListKey,
  selfId?: string,
) {
  const clash = list.find((item) => item.name === name && item.id !== selfId);
  if (clash) throw new AppError('conflict', `已有同名${LABEL[key]}“${name}”，如为重复项请使用“合并”`);
}

/** Checked before the office's schema would refuse the save, so the user learns the limit and what to do. */
function assertRoomFor(list: readonly unknown[], key: ListKey): void {
  const limit = OFFICE_LIMITS[key];
  if (list.length >= limit) {
    throw new AppError(
      'limit_reached',
      `${LABEL[key]}最多 ${limit.toLocaleString('en-US')} 个，现已达到上限，没有添加。请先删除不用的${LABEL[key]}，或把重复的合并后再添加`,
    );
  }
}

function findIndex(list: readonly { id: string }[], id: string, key: ListKey): number {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) throw notFound(LABEL[key], id);
  return index;
}

export async function createCommunity(
  ctx: ServiceContext,
  input: ParsedInput<'communities.create'>,
): Promise<Community> {
  const community: Community = { id: ctx.newId('c'), name: input.name, kind: input.kind };
  await saveOffice(ctx, (office) => {
    assertUniqueName(office.communities, input.name, 'communities');
    assertRoomFor(office.communities, 'communities');
    return { ...office, communities: [...office.communities, community] };
  });
  return community;
}

export async function updateCommunity(
  ctx: ServiceContext,
  input: ParsedInput<'communities.update'>,
): Promise<Community> {
  let updated: Community | undefined;
  await saveOffice(ctx, (office) => {
    const index = findIndex(office.communities, input.id, 'communities');
    if (input.name !== undefined) assertUniqueName(office.communities, input.name, 'communities', input.id);
    const communities = [...office.communities];
    updated = { ...communities[index]!, ...definedOnly({ name: input.name, kind: input.kind }) };
    communities[index] = updated;
    return { ...office, communities };
  });
  return updated!;
}

export async function createDepartment(
  ctx: ServiceContext,
  input: ParsedInput<'departments.create'>,
): Promise<Department> {
  const department: Department = {
    id: ctx.newId('d'),
    name: input.name,
    kind: input.kind,
    contact: input.contact ?? { person: '', phone: '' },
  };
  await saveOffice(ctx, (office) => {
    assertUniqueName(office.departments, input.name, 'departments');
    assertRoomFor(office.departments, 'departments');
    return { ...office, departments: [...office.departments, department] };
  });
  return department;
}

export async function updateDepartment(
  ctx: ServiceContext,
  input: ParsedInput<'departments.update'>,
): Promise<Department> {
  let updated: Department | undefined;
  await saveOffice(ctx, (office) => {
    const index = findIndex(office.departments, input.id, 'departments');
    if (input.name !== undefined) assertUniqueName(office.departments, input.name, 'departments', input.id);
    const departments = [...office.departments];
    updated = {
      ...departments[index]!,
      ...definedOnly({ name: input.name, kind: input.kind, contact: input.contact }),
    };
    departments[index] = updated;
    return { ...office, departments };
  });
  return updated!;
}

/** Meetings (not in the trash) that refer to a community or department. */
function meetingsReferring(ctx: ServiceContext, key: ListKey, id: string): MeetingDocName[] {
  return ctx.repo.names(MEETING_PREFIX).filter((name) => {
    const doc = ctx.repo.get(name);
    if (!doc) return false;
    if (key === 'communities') return doc.meeting.communityIds.includes(id);
    return doc.commitments.some((c) => c.leadDepartmentId === id || c.coDepartmentIds.includes(id));
  });
}

export async function deleteItem(ctx: ServiceContext, key: ListKey, id: string): Promise<null> {
  const users = meetingsReferring(ctx, key, id);
  if (users.length > 0) {
    throw new AppError(
      'conflict',
      `该${LABEL[key]}已被 ${users.length} 场会议使用，不能删除；如为重复项，请将它合并到另一${LABEL[key]}`,
    );
  }
  await saveOffice(ctx, (office) => {
    findIndex(office[key], id, key);
    return { ...office, [key]: office[key].filter((item) => item.id !== id) };
  });
  return null;
}

export async function reorder<K extends ListKey>(
  ctx: ServiceContext,
  key: K,
  ids: string[],
): Promise<Office[K]> {
  const saved = await saveOffice(ctx, (office) => {
    const list = office[key] as Office[K];
    const current = new Set(list.map((item) => item.id));
    if (
      ids.length !== list.length ||
      new Set(ids).size !== ids.length ||
      !ids.every((id) => current.has(id))
    ) {
      throw new AppError('invalid_input', `排序列表与现有${LABEL[key]}不一致，请刷新后重试`);
    }
    const byId = new Map(list.map((item) => [item.id, item]));
    return { ...office, [key]: ids.map((id) => byId.get(id)!) };
  });
  return saved[key];
}

/**
 * Folds a duplicate into the target: every meeting that referred to the source refers to the target
 * (once), then the source is removed. Meetings are rewritten first so that a crash in between leaves a
 * harmless unused entry, never a dangling reference.
 */
export async function merge<K extends ListKey>(
  ctx: ServiceContext,
  key: K,
  sourceId: string,
  targetId: string,
): Promise<Office[K]> {
  const office = getOffice(ctx);
  findIndex(office[key], sourceId, key);
  findIndex(office[key], targetId, key);
  for (const name of meetingsReferring(ctx, key, sourceId)) {
    await ctx.repo.update(name, (doc) => replaceReference(doc!, key, sourceId, targetId));
    ctx.events.emit('meetings.changed', { id: ctx.repo.get(name)!.meeting.id });
  }
  const saved = await saveOffice(ctx, (current) => ({
    ...current,
    [key]: current[key].filter((item) => item.id !== sourceId),
  }));
  return saved[key];
}

function swap(ids: readonly string[], from: string, to: string): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const next = id === from ? to : id;
    if (!out.includes(next)) out.push(next);
  }
  return out;
}

function replaceReference(doc: MeetingDocument, key: ListKey, from: string, to: string): MeetingDocument {
  if (key === 'communities') {
    return { ...doc, meeting: { ...doc.meeting, communityIds: swap(doc.meeting.communityIds, from, to) } };
  }
  return {
    ...doc,
    commitments: doc.commitments.map((c) => {
      const lead = c.leadDepartmentId === from ? to : c.leadDepartmentId;
      return {
        ...c,
        leadDepartmentId: lead,
        coDepartmentIds: swap(c.coDepartmentIds, from, to).filter((id) => id !== lead),
      };
    }),
  };
}
