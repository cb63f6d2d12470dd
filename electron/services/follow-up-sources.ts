import type { Output, ParsedInput } from '../../shared/api';
import type {
  Commitment,
  FollowUpDocument,
  FollowUpItem,
  FollowUpSource,
  OpinionGroup,
  Question,
} from '../../shared/domain';
import { shanghaiToday } from '../../shared/logic/live/deadline';
import { AppError, notFound } from '../api/app-error';
import { opinionsDocName } from '../storage/documents';
import { readRealLive } from './live-record';
import { liveMeetingDoc, writeFollowDoc } from './follow-up-store';
import { nowIso, type ServiceContext } from './service-context';

/** Where items come from: the meeting's commitments and referrals, and the 准备 stage's 重大事项. */

function sourceKey(source: FollowUpSource): string | null {
  switch (source.kind) {
    case 'commitment':
      return `commitment:${source.commitmentId}`;
    case 'referral':
      return `referral:${source.questionId}`;
    case 'group':
      return `group:${source.groupId}`;
    case 'manual':
      return null;
  }
}

function presentSources(doc: FollowUpDocument): Set<string> {
  const keys = new Set<string>();
  for (const item of doc.items) {
    const key = sourceKey(item.source);
    if (key) keys.add(key);
  }
  return keys;
}

interface ItemStart {
  at: string;
  by: string;
  meetingId: string;
}

/** A new item in 已交办 with its 'created' entry; the caller fills in its terms. */
function newItem(
  ctx: ServiceContext,
  start: ItemStart,
  terms: Omit<
    FollowUpItem,
    | 'id'
    | 'meetingId'
    | 'state'
    | 'createdAt'
    | 'createdBy'
    | 'history'
    | 'revision'
    | 'replies'
    | 'verdicts'
    | 'callbacks'
    | 'closedAt'
  >,
): FollowUpItem {
  return {
    id: ctx.newId('f'),
    meetingId: start.meetingId,
    ...terms,
    state: 'assigned',
    replies: [],
    verdicts: [],
    callbacks: [],
    closedAt: null,
    createdAt: start.at,
    createdBy: start.by,
    history: [{ at: start.at, by: start.by, kind: 'created', from: null, to: 'assigned', note: '' }],
    revision: 1,
  };
}

export function itemOfCommitment(
  ctx: ServiceContext,
  start: ItemStart,
  commitment: Commitment,
  question: Question | null,
): FollowUpItem {
  return newItem(ctx, start, {
    source: { kind: 'commitment', commitmentId: commitment.id, questionId: commitment.questionId },
    title: commitment.text,
    listType: commitment.listType,
    leadDepartmentId: commitment.leadDepartmentId,
    coDepartmentIds: [...commitment.coDepartmentIds],
    owner: commitment.owner,
    deadline: commitment.deadline,
    milestones: commitment.milestones.map((m) => ({
      id: m.id,
      text: m.text,
      dueDate: m.dueDate,
      doneOn: m.doneAt ? shanghaiToday(new Date(m.doneAt)) : null,
    })),
    communityId: question?.communityId ?? null,
    workOrders: [],
    resident: residentOf(question),
  });
}

function residentOf(question: Question | null): FollowUpItem['resident'] {
  return { name: question?.askerName ?? '', phone: question?.askerPhone ?? '' };
}

export function itemOfReferral(ctx: ServiceContext, start: ItemStart, question: Question): FollowUpItem {
  return newItem(ctx, start, {
    source: { kind: 'referral', questionId: question.id },
    title: question.text,
    listType: 'deadline',
    leadDepartmentId: question.referral?.departmentId ?? null,
    coDepartmentIds: [],
    owner: '',
    deadline: question.referral?.dueDate ?? null,
    milestones: [],
    communityId: question.communityId,
    workOrders: [],
    resident: residentOf(question),
  });
}

/**
 * Items for every commitment and referral of the real record that has none yet. Never a
 * rehearsal's: the rehearsal lives in a document of its own, which this never reads.
 */
export async function generateFollowUps(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.generate'>,
): Promise<Output<'followUps.generate'>> {
  const { meetingId, by } = input;
  liveMeetingDoc(ctx, meetingId);
  return writeFollowDoc(ctx, meetingId, (doc) => {
    const record = readRealLive(ctx, meetingId);
    const present = presentSources(doc);
    const start = { at: nowIso(ctx), by, meetingId };
    const questions = new Map(record.questions.map((q) => [q.id, q]));
    const made: FollowUpItem[] = [];
    for (const c of record.commitments) {
      if (present.has(`commitment:${c.id}`)) continue;
      const question = c.questionId ? (questions.get(c.questionId) ?? null) : null;
      made.push(itemOfCommitment(ctx, start, c, question));
    }
    for (const q of record.questions) {
      if (q.state !== 'referred' || present.has(`referral:${q.id}`)) continue;
      made.push(itemOfReferral(ctx, start, q));
    }
    const total = doc.items.length + made.length;
    if (made.length === 0) return { next: doc, result: { created: 0, total } };
    return { next: { ...doc, items: [...doc.items, ...made] }, result: { created: made.length, total } };
  });
}

function itemOfGroup(
  ctx: ServiceContext,
  start: ItemStart,
  group: OpinionGroup,
  opinions: ReadonlyMap<string, { workOrderNo: string; communityId: string | null }>,
): FollowUpItem {
  const members = group.opinionIds.flatMap((id) => {
    const o = opinions.get(id);
    return o ? [o] : [];
  });
  const communities = new Set(members.map((o) => o.communityId));
  const only = communities.size === 1 ? [...communities][0]! : null;
  return newItem(ctx, start, {
    source: { kind: 'group', groupId: group.id },
    title: group.title,
    listType: group.listType,
    leadDepartmentId: group.departmentId,
    coDepartmentIds: [],
    owner: '',
    deadline: null,
    milestones: [],
    communityId: only,
    workOrders: [...new Set(members.map((o) => o.workOrderNo.trim()).filter((w) => w !== ''))],
    resident: { name: '', phone: '' },
  });
}

/** 重大事项 to follow-up with their work orders; one already sent is skipped, a task group refused. */
export async function sendGroups(
  ctx: ServiceContext,
  input: ParsedInput<'followUps.sendGroups'>,
): Promise<Output<'followUps.sendGroups'>> {
  const { meetingId, groupIds, by } = input;
  liveMeetingDoc(ctx, meetingId);
  const set = ctx.repo.get(opinionsDocName(meetingId));
  const groups = new Map((set?.groups ?? []).map((g) => [g.id, g]));
  const wanted = [...new Set(groupIds)].map((id) => {
    const group = groups.get(id);
    if (!group) throw notFound('重大事项', id);
    if (group.kind !== 'item') {
      throw new AppError(
        'invalid_input',
        `“${group.title}”是民生任务库中的任务，不是重大事项，不能转入跟踪；请只选择重大事项`,
      );
    }
    return group;
  });
  const opinions = new Map((set?.opinions ?? []).map((o) => [o.id, o]));
  return writeFollowDoc(ctx, meetingId, (doc) => {
    const present = presentSources(doc);
    const start = { at: nowIso(ctx), by, meetingId };
    const made = wanted
      .filter((g) => !present.has(`group:${g.id}`))
      .map((g) => itemOfGroup(ctx, start, g, opinions));
    const skipped = wanted.length - made.length;
    if (made.length === 0) return { next: doc, result: { created: 0, skipped } };
    return { next: { ...doc, items: [...doc.items, ...made] }, result: { created: made.length, skipped } };
  });
}
