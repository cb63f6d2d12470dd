import type { Output, ParsedInput } from '../../shared/api';
import type { FollowUpItem, FollowUpSettings, Office } from '../../shared/domain';
import { applyAction, applyPatch } from '../../shared/logic/follow-up/workflow';
import { AppError } from '../api/app-error';
import { OFFICE_DOC } from '../storage/documents';
import {
  actContext,
  checkRevision,
  findItem,
  liveMeetingDoc,
  replaceItem,
  writeFollowDoc,
} from './follow-up-store';
import { getOffice } from './office-service';
import { emptyOffice } from '../../shared/domain';
import { nowIso, type ServiceContext } from './service-context';

/** 跟踪: the follow-up items of each meeting, their workflow, figures and notice. */

export { generateFollowUps, sendGroups } from './follow-up-sources';
export { bulkFollowUps, undoFollowUps } from './follow-up-bulk';
export {
  followUpReminders,
  followUpScoreboard,
  getFollowUp,
  listCallbacks,
  listFollowUps,
  publicNotice,
} from './follow-up-figures';

function checkDepartment(office: Office, id: string, path: string, label: string): void {
  if (!office.departments.some((d) => d.id === id)) {
    throw new AppError('invalid_input', `找不到所选${label}（${id}），请在“设置”中确认部门列表后重新选择`, [
      { path, message: `找不到${label}` },
    ]);
  }
}

function checkCommunity(office: Office, id: string, path: string): void {
  if (!office.communities.some((c) => c.id === id)) {
    throw new AppError('invalid_input', `找不到所选社区（${id}），请在“设置”中确认社区列表后重新选择`, [
      { path, message: '找不到社区' },
    ]);
  }
}

/** The departments and community an item names exist in the office; co-departments differ from the lead. */
function checkTerms(
  office: Office,
  terms: {
    leadDepartmentId?: string | null;
    coDepartmentIds?: readonly string[];
    communityId?: string | null;
  },
  prefix: string,
): void {
  if (terms.leadDepartmentId) {
    checkDepartment(office, terms.leadDepartmentId, `${prefix}.leadDepartmentId`, '牵头单位');
  }
  const seen = new Set<string>();
  (terms.coDepartmentIds ?? []).forEach((id, i) => {
    const path = `${prefix}.coDepartmentIds.${i}`;
    checkDepartment(office, id, path, '协办单位');
    if (id === terms.leadDepartmentId) {
      throw new AppError('invalid_input', '协办单位不能与牵头单位相同', [
        { path, message: '与牵头单位相同' },
      ]);
    }
    if (seen.has(id))
      throw new AppError('invalid_input', '同一协办单位选了两次', [{ path, message: '重复' }]);
    seen.add(id);
  });
  if (terms.communityId) checkCommunity(office, terms.communityId, `${prefix}.communityId`);
}

export async function createFollowUp(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.create'>,
): Promise<FollowUpItem> {
  const { meetingId, draft, by } = input;
  liveMeetingDoc(ctx, meetingId);
  checkTerms(getOffice(ctx), draft, 'draft');
  return writeFollowDoc(ctx, meetingId, (doc) => {
    const at = nowIso(ctx);
    const item: FollowUpItem = {
      id: ctx.newId('f'),
      meetingId,
      source: { kind: 'manual' },
      title: draft.title,
      listType: draft.listType,
      leadDepartmentId: draft.leadDepartmentId,
      coDepartmentIds: draft.coDepartmentIds,
      owner: draft.owner,
      deadline: draft.deadline,
      milestones: draft.milestones.map((m) => ({
        id: ctx.newId('m'),
        text: m.text,
        dueDate: m.dueDate,
        doneOn: null,
      })),
      communityId: draft.communityId,
      workOrders: [],
      resident: draft.resident,
      state: 'assigned',
      replies: [],
      verdicts: [],
      callbacks: [],
      closedAt: null,
      createdAt: at,
      createdBy: by,
      history: [{ at, by, kind: 'created', from: null, to: 'assigned', note: '' }],
      revision: 1,
    };
    return { next: { ...doc, items: [...doc.items, item] }, result: item };
  });
}

export async function updateFollowUp(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.update'>,
): Promise<FollowUpItem> {
  const { meetingId, id, expectedRevision, patch, by } = input;
  liveMeetingDoc(ctx, meetingId);
  checkTerms(getOffice(ctx), patch, 'patch');
  return writeFollowDoc(ctx, meetingId, (doc) => {
    const current = findItem(doc, id);
    checkRevision(current, expectedRevision);
    const next = applyPatch(current, patch, actContext(ctx, by));
    if (next === current) return { next: doc, result: current };
    return { next: replaceItem(doc, next), result: next };
  });
}

export async function actOnFollowUp(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.act'>,
): Promise<FollowUpItem> {
  const { meetingId, id, expectedRevision, action, by } = input;
  liveMeetingDoc(ctx, meetingId);
  return writeFollowDoc(ctx, meetingId, (doc) => {
    const current = findItem(doc, id);
    checkRevision(current, expectedRevision);
    const outcome = applyAction(current, action, actContext(ctx, by));
    if (!outcome.ok) throw new AppError('invalid_input', outcome.message);
    return { next: replaceItem(doc, outcome.item), result: outcome.item };
  });
}

export async function rateDepartment(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.rateDepartment'>,
): Promise<Output<'followUps.rateDepartment'>> {
  const { meetingId, communityId, departmentId, verdict, note, by } = input;
  liveMeetingDoc(ctx, meetingId);
  const office = getOffice(ctx);
  checkCommunity(office, communityId, 'communityId');
  checkDepartment(office, departmentId, 'departmentId', '部门');
  return writeFollowDoc(ctx, meetingId, (doc) => {
    const rating = { id: ctx.newId('r'), communityId, departmentId, verdict, note, at: nowIso(ctx), by };
    return { next: { ...doc, communityRatings: [...doc.communityRatings, rating] }, result: rating };
  });
}

export async function exportNoticePdf(
  ctx: ServiceContext,
  meetingId: string,
): Promise<Output<'followUps.exportNotice'>> {
  const { meeting } = liveMeetingDoc(ctx, meetingId);
  // A file name the user recognises; characters Windows refuses in names are replaced.
  const name = `${meeting.title.replace(/[\\/:*?"<>|]/g, '_')}-反馈公示.pdf`;
  const saved = await ctx.windows.exportPdf(meetingId, name, 'notice');
  if (saved === undefined) return { supported: false, saved: null };
  if (saved !== null) await markNotice(ctx, { meetingId, published: true, by: '工作人员' });
  return { supported: true, saved };
}

/** The notice was put up (or that is taken back); the date is when, in Beijing time. */
export async function markNotice(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.markNotice'>,
): Promise<Output<'followUps.markNotice'>> {
  const { meetingId, published } = input;
  return writeFollowDoc(ctx, meetingId, (doc) => {
    const publishedAt = published ? nowIso(ctx) : null;
    if (!published && doc.noticePublishedAt === null) return { next: doc, result: { publishedAt: null } };
    return { next: { ...doc, noticePublishedAt: publishedAt }, result: { publishedAt } };
  });
}

export function getFollowUpSettings(ctx: ServiceContext): FollowUpSettings {
  return getOffice(ctx).followUp;
}

export async function setFollowUpSettings(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.settings.set'>,
): Promise<FollowUpSettings> {
  const saved = await ctx.repo.update(OFFICE_DOC, (current) => ({
    ...(current ?? emptyOffice()),
    followUp: input.settings,
  }));
  ctx.events.emit('office.changed', {});
  ctx.events.emit('followUps.changed', { meetingId: null });
  return saved.followUp;
}
