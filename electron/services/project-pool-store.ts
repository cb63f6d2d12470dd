import { emptyProjectPool, type Project, type ProjectPoolDocument } from '../../shared/domain';
import { AppError, notFound } from '../api/app-error';
import { PROJECT_POOL_DOC } from '../storage/documents';
import type { ServiceContext } from './service-context';

/**
 * The project pool document (`project-pool`): read, and written through one queued update whose checks
 * (revisions, open votes) run on what is stored at that moment.
 */

export function readPool(ctx: ServiceContext): ProjectPoolDocument {
  return ctx.repo.get(PROJECT_POOL_DOC) ?? emptyProjectPool();
}

export function findProject(pool: ProjectPoolDocument, id: string): Project {
  const project = pool.projects.find((p) => p.id === id);
  if (!project) throw notFound('民生项目', id);
  return project;
}

function excerpt(name: string): string {
  return name.length > 20 ? `${name.slice(0, 20)}…` : name;
}

export function checkProjectRevision(project: Project, expected: number): void {
  if (project.revision !== expected) {
    throw new AppError(
      'conflict',
      `项目“${excerpt(project.name)}”已在别处被修改（现为第 ${project.revision} 版），请刷新后再操作`,
    );
  }
}

/**
 * One write of the pool, then 'projects.changed'. Handing back the document `change` was given writes
 * nothing and sends no event; throwing from it writes nothing.
 */
export async function writePool<R>(
  ctx: ServiceContext,
  change: (pool: ProjectPoolDocument) => { next: ProjectPoolDocument; result: R },
): Promise<R> {
  let result: R | undefined;
  let changed = false;
  await ctx.repo.update(PROJECT_POOL_DOC, (current) => {
    const base = current ?? emptyProjectPool();
    const outcome = change(base);
    result = outcome.result;
    changed = outcome.next !== base;
    if (!changed && current) return current;
    return outcome.next;
  });
  if (changed) ctx.events.emit('projects.changed', {});
  return result as R;
}
