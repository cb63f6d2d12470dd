import type { Output, ParsedInput } from '../../shared/api';
import type { OpinionSetDocument } from '../../shared/domain';
import { shanghaiToday } from '../../shared/logic/live/deadline';
import { effectFigures, type EffectSource } from '../../shared/logic/projects/effect';
import { batchStats } from '../../shared/logic/projects/stats';
import { opinionsDocName } from '../storage/documents';
import { allMeetingDocs } from './meetings-service';
import { findProject, readPool } from './project-pool-store';
import type { ServiceContext } from './service-context';

/** The pool's figures: per batch, a project's effect on its work orders, the categories to pick from. */

/** Every live meeting's opinion set (the trash left out), with the meeting's title, oldest first. */
function liveOpinionSets(ctx: ServiceContext): Array<{ title: string; set: OpinionSetDocument }> {
  return allMeetingDocs(ctx)
    .filter((doc) => doc.deletedAt === null)
    .sort((a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt))
    .flatMap((doc) => {
      const set = ctx.repo.get(opinionsDocName(doc.meeting.id));
      return set && set.opinions.length > 0 ? [{ title: doc.meeting.title, set }] : [];
    });
}

export async function projectStats(
  ctx: ServiceContext,
  input: ParsedInput<'projects.stats'>,
): Promise<Output<'projects.stats'>> {
  return batchStats(readPool(ctx), input.asOf ?? shanghaiToday(ctx.now()));
}

export async function projectEffect(
  ctx: ServiceContext,
  input: ParsedInput<'projects.effect'>,
): Promise<Output<'projects.effect'>> {
  const project = findProject(readPool(ctx), input.id);
  if (project.effect === null) return null;
  const sources: EffectSource[] = liveOpinionSets(ctx).map(({ title, set }) => ({
    label: title,
    rows: set.opinions.map((o) => ({
      category: o.category,
      receivedAt: o.receivedAt,
      workOrderNo: o.workOrderNo,
    })),
  }));
  return effectFigures(project.effect, sources);
}

export async function workOrderCategories(
  ctx: ServiceContext,
): Promise<Output<'projects.workOrderCategories'>> {
  const counts = new Map<string, number>();
  for (const { set } of liveOpinionSets(ctx)) {
    for (const o of set.opinions) {
      const name = o.category.trim();
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}
