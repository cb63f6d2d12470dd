import type { ParsedInput } from '../../shared/api';
import type { OpinionGroup, OpinionSetDocument } from '../../shared/domain';
import { AppError, notFound } from '../api/app-error';
import { getOffice } from './office-service';
import { readOpinionSet, writeOpinionSet } from './opinion-sets';
import { nowIso, type ServiceContext } from './service-context';
import { definedOnly } from './defined-fields';

/** 重大事项 (items) and 民生任务库 (tasks): opinions grouped for action. */

export function listGroups(ctx: ServiceContext, meetingId: string): OpinionGroup[] {
  return readOpinionSet(ctx, meetingId).groups;
}

/** The ids in the order given, each once; refuses ids the meeting does not hold, naming a few. */
function checkedOpinionIds(set: OpinionSetDocument, ids: readonly string[]): string[] {
  const known = new Set(set.opinions.map((o) => o.id));
  const unique = [...new Set(ids)];
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length > 0) {
    const shown = missing.slice(0, 3).join('、');
    throw new AppError(
      'invalid_input',
      `有 ${missing.length} 条所选诉求不在本次会议中（${shown}${missing.length > 3 ? ' 等' : ''}），可能已被删除或撤销导入；请刷新后重新选择`,
    );
  }
  return unique;
}

function assertDepartment(ctx: ServiceContext, departmentId: string | null | undefined): void {
  if (departmentId && !getOffice(ctx).departments.some((d) => d.id === departmentId)) {
    throw new AppError('invalid_input', `牵头单位（${departmentId}）不在单位名单中，请重新选择`);
  }
}

/** Only tasks have a near/mid/long-term goal; an item never carries one. */
function termFor(kind: OpinionGroup['kind'], term: OpinionGroup['term']): OpinionGroup['term'] {
  return kind === 'task' ? term : null;
}

export function createGroup(ctx: ServiceContext, input: ParsedInput<'groups.create'>): Promise<OpinionGroup> {
  assertDepartment(ctx, input.departmentId);
  const at = nowIso(ctx);
  return writeOpinionSet(ctx, input.meetingId, (set) => {
    const group: OpinionGroup = {
      id: ctx.newId('g'),
      kind: input.kind,
      title: input.title,
      departmentId: input.departmentId,
      listType: input.listType,
      term: termFor(input.kind, input.term),
      opinionIds: checkedOpinionIds(set, input.opinionIds),
      note: input.note,
      createdAt: at,
    };
    return { next: { ...set, groups: [...set.groups, group] }, result: group };
  });
}

export function updateGroup(ctx: ServiceContext, input: ParsedInput<'groups.update'>): Promise<OpinionGroup> {
  const patch: Partial<OpinionGroup> = definedOnly(input.patch);
  assertDepartment(ctx, patch.departmentId);
  return writeOpinionSet(ctx, input.meetingId, (set) => {
    const index = set.groups.findIndex((g) => g.id === input.id);
    if (index === -1) throw notFound('事项', input.id);
    const current = set.groups[index]!;
    const updated: OpinionGroup = { ...current, ...patch };
    if (patch.opinionIds) updated.opinionIds = checkedOpinionIds(set, patch.opinionIds);
    updated.term = termFor(updated.kind, updated.term);
    const groups = set.groups.slice();
    groups[index] = updated;
    return { next: { ...set, groups }, result: updated };
  });
}

export function deleteGroup(ctx: ServiceContext, input: ParsedInput<'groups.delete'>): Promise<null> {
  return writeOpinionSet(ctx, input.meetingId, (set) => {
    if (!set.groups.some((g) => g.id === input.id)) throw notFound('事项', input.id);
    return { next: { ...set, groups: set.groups.filter((g) => g.id !== input.id) }, result: null };
  });
}
