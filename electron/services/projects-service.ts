import type { Output, ParsedInput } from '../../shared/api';
import type { ProjectBatch, ProjectPoolDocument, ProjectSource } from '../../shared/domain';
import { closeBatch, openBatch, type BatchContext } from '../../shared/logic/projects/batches';
import { applyProjectPatch, newProject, type EditContext } from '../../shared/logic/projects/project-edits';
import { shanghaiToday } from '../../shared/logic/live/deadline';
import { AppError, notFound } from '../api/app-error';
import { meetingDocName } from '../storage/documents';
import { checkProjectRevision, findProject, readPool, writePool } from './project-pool-store';
import { nowIso, type ServiceContext } from './service-context';

/** 民生项目池: projects and batches. Votes, imports and figures have modules of their own. */

export function editContext(ctx: ServiceContext, by: string): EditContext & BatchContext {
  return { at: nowIso(ctx), by, today: shanghaiToday(ctx.now()), newId: ctx.newId };
}

/**
 * The pure rules refuse with a plain Error whose message is already the Chinese sentence. A batch rule
 * is refused because something else is in the way (an open batch, an open vote): a conflict, except a
 * date that cannot be (a close before the open), which is bad input.
 */
export function ruleRefusal(error: unknown, code: 'conflict' | 'invalid_input'): never {
  if (error instanceof AppError) throw error;
  // Only the rules' own refusals (a plain Error in Chinese); a TypeError or a stub stays internal.
  if (error instanceof Error && error.name === 'Error' && /[\u4e00-\u9fff]/.test(error.message)) {
    const badDate = /日期|早于|晚于/.test(error.message);
    throw new AppError(badDate ? 'invalid_input' : code, error.message);
  }
  throw error;
}

export function findBatch(pool: ProjectPoolDocument, id: string): ProjectBatch {
  const batch = pool.batches.find((b) => b.id === id);
  if (!batch) throw notFound('项目批次', id);
  return batch;
}

/** A batch projects and votes may still be added to. */
export function openBatchOf(pool: ProjectPoolDocument, id: string): ProjectBatch {
  const batch = findBatch(pool, id);
  if (batch.closedOn !== null) {
    throw new AppError(
      'conflict',
      `${batch.name}已于 ${batch.closedOn} 结束，不能再加入项目或票决；请在进行中的批次里操作`,
    );
  }
  return batch;
}

/** A meeting that exists and is not in the trash. */
export function liveMeetingExists(ctx: ServiceContext, meetingId: string): boolean {
  const doc = ctx.repo.get(meetingDocName(meetingId));
  return doc !== undefined && doc.deletedAt === null;
}

function checkSources(
  ctx: ServiceContext,
  sources: readonly ProjectSource[] | undefined,
  path: string,
): void {
  (sources ?? []).forEach((source, i) => {
    if (!liveMeetingExists(ctx, source.meetingId)) {
      throw new AppError(
        'invalid_input',
        `项目来源所属的会议（${source.meetingId}）不存在或已在回收站，请重新选择来源`,
        [{ path: `${path}.${i}.meetingId`, message: '找不到会议' }],
      );
    }
  });
}

export async function getPool(ctx: ServiceContext): Promise<Output<'projects.pool'>> {
  const { schemaVersion: _version, ...pool } = readPool(ctx);
  return pool;
}

export async function createBatch(
  ctx: ServiceContext,
  input: ParsedInput<'projects.createBatch'>,
): Promise<Output<'projects.createBatch'>> {
  const c = editContext(ctx, input.by);
  return writePool(ctx, (pool) => {
    try {
      const options: { name?: string; openedOn?: string } = {};
      if (input.name !== undefined) options.name = input.name;
      if (input.openedOn !== undefined) options.openedOn = input.openedOn;
      const opened = openBatch(pool, options, c);
      return { next: opened.pool, result: opened.batch };
    } catch (error) {
      return ruleRefusal(error, 'conflict');
    }
  });
}

export async function updateBatch(
  ctx: ServiceContext,
  input: ParsedInput<'projects.updateBatch'>,
): Promise<Output<'projects.updateBatch'>> {
  return writePool(ctx, (pool) => {
    const batch = findBatch(pool, input.id);
    const next: ProjectBatch = {
      ...batch,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    };
    if (next.name === batch.name && next.notes === batch.notes) return { next: pool, result: batch };
    if (pool.batches.some((b) => b.id !== batch.id && b.name === next.name)) {
      throw new AppError('conflict', `已有名为“${next.name}”的批次，请换一个名称`);
    }
    return {
      next: { ...pool, batches: pool.batches.map((b) => (b.id === batch.id ? next : b)) },
      result: next,
    };
  });
}

export async function closeProjectBatch(
  ctx: ServiceContext,
  input: ParsedInput<'projects.closeBatch'>,
): Promise<Output<'projects.closeBatch'>> {
  const c = editContext(ctx, input.by);
  return writePool(ctx, (pool) => {
    findBatch(pool, input.batchId);
    try {
      const options: { closedOn?: string; nextName?: string } = {};
      if (input.closedOn !== undefined) options.closedOn = input.closedOn;
      if (input.nextName !== undefined) options.nextName = input.nextName;
      const done = closeBatch(pool, input.batchId, options, c);
      return { next: done.pool, result: { closed: done.closed, next: done.next, carried: done.carried } };
    } catch (error) {
      return ruleRefusal(error, 'conflict');
    }
  });
}

export async function createProject(
  ctx: ServiceContext,
  input: ParsedInput<'projects.create'>,
): Promise<Output<'projects.create'>> {
  checkSources(ctx, input.draft.sources, 'draft.sources');
  const c = editContext(ctx, input.by);
  return writePool(ctx, (pool) => {
    openBatchOf(pool, input.draft.batchId);
    let project;
    try {
      project = newProject(input.draft, c, 'created', null);
    } catch (error) {
      return ruleRefusal(error, 'invalid_input');
    }
    return { next: { ...pool, projects: [...pool.projects, project] }, result: project };
  });
}

export async function updateProject(
  ctx: ServiceContext,
  input: ParsedInput<'projects.update'>,
): Promise<Output<'projects.update'>> {
  checkSources(ctx, input.patch.sources, 'patch.sources');
  const c = editContext(ctx, input.by);
  return writePool(ctx, (pool) => {
    const project = findProject(pool, input.id);
    checkProjectRevision(project, input.expectedRevision);
    let next;
    try {
      next = applyProjectPatch(project, input.patch, c);
    } catch (error) {
      return ruleRefusal(error, 'invalid_input');
    }
    if (next === project) return { next: pool, result: project };
    return {
      next: { ...pool, projects: pool.projects.map((p) => (p.id === project.id ? next : p)) },
      result: next,
    };
  });
}

export async function deleteProject(
  ctx: ServiceContext,
  input: ParsedInput<'projects.delete'>,
): Promise<Output<'projects.delete'>> {
  return writePool(ctx, (pool) => {
    const project = findProject(pool, input.id);
    const vote = pool.votes.find((v) => v.candidateIds.includes(project.id));
    if (vote) {
      throw new AppError(
        'conflict',
        `项目“${project.name}”是票决“${vote.title}”的候选项目，不能删除；票决记录需要保留它`,
      );
    }
    if (project.batchIds.length > 1) {
      throw new AppError(
        'conflict',
        `项目“${project.name}”已从上一批结转而来，不能删除（它的历史要保留）；如不再实施，请在备注中说明`,
      );
    }
    return {
      next: { ...pool, projects: pool.projects.filter((p) => p.id !== project.id) },
      result: { id: project.id },
    };
  });
}
