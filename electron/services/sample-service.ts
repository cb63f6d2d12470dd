import { emptyOffice, type Community, type Department, type Office } from '../../shared/domain';
import type { SampleCounts, SampleRemoval } from '../../shared/api';
import { AppError } from '../api/app-error';
import { importSampleOpinions } from '../sample/sample-opinion-import';
import { sampleMeetings, sampleOffice } from '../sample/sample-office';
import { installSampleFollowUps } from '../sample/sample-follow-ups';
import { installSampleLive } from '../sample/sample-questions';
import { installSampleReport } from '../sample/sample-report';
import { hasSampleProjects, installSampleProjects, removeSampleProjects } from '../sample/sample-projects';
import { readPool } from './project-pool-store';
import { followDocName, OFFICE_DOC, opinionsDocName, reportDocName } from '../storage/documents';
import { allMeetingDocs, createMeeting, removeMeetingForGood } from './meetings-service';
import { getOffice } from './office-service';
import type { ServiceContext } from './service-context';

/** Whether anything of the sample office is still there, the trash included. */
function hasSample(ctx: ServiceContext): boolean {
  const office = getOffice(ctx);
  return (
    office.sampleProfile === true ||
    office.communities.some((c) => c.sample) ||
    office.departments.some((d) => d.sample) ||
    allMeetingDocs(ctx).some((doc) => doc.meeting.sample) ||
    hasSampleProjects(readPool(ctx))
  );
}

function profileIsBlank(office: Office): boolean {
  const { name, district, address, phone } = office.profile;
  return !name && !district && !address && !phone;
}

/**
 * Adds the sample office next to whatever is there. A sample community or department whose name the
 * user already has is not added again: the user's own entry is used, and stays when the sample goes.
 * The profile is filled in only when it is blank.
 */
export async function installSample(ctx: ServiceContext): Promise<SampleCounts> {
  if (hasSample(ctx)) throw new AppError('conflict', '示例数据已经添加过了；如需重新添加，请先移除示例数据');

  const communities: Community[] = [];
  const departments: Department[] = [];
  await ctx.repo.update(OFFICE_DOC, (current) => {
    const office = current ?? emptyOffice();
    const ownCommunities = new Set(office.communities.map((c) => c.name));
    const ownDepartments = new Set(office.departments.map((d) => d.name));
    for (const c of sampleOffice.communities) {
      if (!ownCommunities.has(c.name))
        communities.push({ id: ctx.newId('c'), name: c.name, kind: c.kind, sample: true });
    }
    for (const d of sampleOffice.departments) {
      if (ownDepartments.has(d.name)) continue;
      departments.push({
        id: ctx.newId('d'),
        name: d.name,
        kind: d.kind,
        contact: { person: d.person, phone: d.phone },
        sample: true,
      });
    }
    const blank = profileIsBlank(office);
    return {
      ...office,
      ...(blank ? { profile: { ...sampleOffice.profile }, sampleProfile: true as const } : {}),
      communities: [...office.communities, ...communities],
      departments: [...office.departments, ...departments],
    };
  });
  ctx.events.emit('office.changed', {});

  const communityIds = new Map(getOffice(ctx).communities.map((c) => [c.name, c.id]));
  let streetMeetingId: string | null = null;
  let topicMeetingId: string | null = null;
  for (const m of sampleMeetings) {
    const meeting = await createMeeting(
      ctx,
      {
        title: m.title,
        level: m.level,
        startsAt: m.startsAt,
        venue: m.venue,
        status: m.status,
        notes: m.notes,
        communityIds: m.communities
          .map((name) => communityIds.get(name))
          .filter((id): id is string => id !== undefined),
      },
      { sample: true },
    );
    if (m.level === 'street' && streetMeetingId === null) streetMeetingId = meeting.id;
    if (m.level === 'topic' && topicMeetingId === null) topicMeetingId = meeting.id;
  }
  // The earlier meeting's questions and commitments first: the street meeting's draft looks back to them.
  let followUps = 0;
  if (topicMeetingId) {
    await installSampleLive(ctx, topicMeetingId);
    const departmentIds = new Map(getOffice(ctx).departments.map((d) => [d.name, d.id]));
    followUps = await installSampleFollowUps(ctx, topicMeetingId, (name) => departmentIds.get(name) ?? null);
  }
  const opinions = streetMeetingId ? await importSampleOpinions(ctx, streetMeetingId) : { count: 0 };
  const reportCards = streetMeetingId ? await installSampleReport(ctx, streetMeetingId) : 0;
  const projects = await installSampleProjects(ctx, streetMeetingId);
  return {
    meetings: sampleMeetings.length,
    communities: communities.length,
    departments: departments.length,
    opinions: opinions.count,
    reportCards,
    followUps,
    projects,
  };
}

/**
 * Community and department ids the user's own records refer to: meetings, questions, commitments,
 * opinions, groups, follow-up items and ratings.
 */
function idsInUserData(ctx: ServiceContext): { communities: Set<string>; departments: Set<string> } {
  const communities = new Set<string>();
  const departments = new Set<string>();
  for (const doc of allMeetingDocs(ctx)) {
    if (doc.meeting.sample) continue;
    for (const id of doc.meeting.communityIds) communities.add(id);
    for (const q of doc.questions) if (q.communityId) communities.add(q.communityId);
    for (const c of doc.commitments) {
      departments.add(c.leadDepartmentId);
      for (const id of c.coDepartmentIds) departments.add(id);
    }
    const set = ctx.repo.get(opinionsDocName(doc.meeting.id));
    for (const o of set?.opinions ?? []) if (o.communityId) communities.add(o.communityId);
    for (const g of set?.groups ?? []) if (g.departmentId) departments.add(g.departmentId);
    const follow = ctx.repo.get(followDocName(doc.meeting.id));
    for (const item of follow?.items ?? []) {
      if (item.communityId) communities.add(item.communityId);
      if (item.leadDepartmentId) departments.add(item.leadDepartmentId);
      for (const id of item.coDepartmentIds) departments.add(id);
    }
    for (const r of follow?.communityRatings ?? []) {
      communities.add(r.communityId);
      departments.add(r.departmentId);
    }
  }
  return { communities, departments };
}

/**
 * Takes away what the sample added: its meetings (with everything in them, the trash included), its
 * batches, projects and vote in the project pool (a user's project stays, with the batch it stands in), its
 * communities and departments, and its profile unless the user edited it. A sample community or
 * department that the user's own records use stays, as the user's. Nothing else is written.
 */
export async function removeSample(ctx: ServiceContext): Promise<SampleRemoval> {
  if (!hasSample(ctx)) throw new AppError('not_found', '没有示例数据可移除');
  let opinions = 0;
  let reportCards = 0;
  let followUps = 0;
  const sampleMeetingIds = allMeetingDocs(ctx)
    .filter((doc) => doc.meeting.sample)
    .map((doc) => doc.meeting.id);
  for (const id of sampleMeetingIds) {
    opinions += ctx.repo.get(opinionsDocName(id))?.opinions.length ?? 0;
    reportCards += ctx.repo.get(reportDocName(id))?.cards.length ?? 0;
    const follow = ctx.repo.get(followDocName(id));
    followUps += follow?.items.length ?? 0;
    await removeMeetingForGood(ctx, id);
    ctx.events.emit('meetings.changed', { id });
    if (follow !== undefined) ctx.events.emit('followUps.changed', { meetingId: id });
  }

  const projects = await removeSampleProjects(ctx);

  const used = idsInUserData(ctx);
  const removed = { communities: 0, departments: 0 };
  const kept = { communities: 0, departments: 0 };
  const sift = <T extends { id: string; sample?: true | undefined }>(
    list: readonly T[],
    key: 'communities' | 'departments',
  ): T[] =>
    list.flatMap((item) => {
      if (!item.sample) return [item];
      if (!used[key].has(item.id)) {
        removed[key] += 1;
        return [];
      }
      kept[key] += 1;
      const { sample: _sample, ...own } = item;
      return [own as T];
    });
  const office = getOffice(ctx);
  if (
    office.sampleProfile ||
    office.communities.some((c) => c.sample) ||
    office.departments.some((d) => d.sample)
  ) {
    await ctx.repo.update(OFFICE_DOC, (current) => {
      const { sampleProfile, ...rest } = current ?? emptyOffice();
      return {
        ...rest,
        profile: sampleProfile ? emptyOffice().profile : rest.profile,
        communities: sift(rest.communities, 'communities'),
        departments: sift(rest.departments, 'departments'),
      };
    });
    ctx.events.emit('office.changed', {});
  }
  return {
    removed: {
      meetings: sampleMeetingIds.length,
      communities: removed.communities,
      departments: removed.departments,
      opinions,
      reportCards,
      followUps,
      projects,
    },
    kept,
  };
}
