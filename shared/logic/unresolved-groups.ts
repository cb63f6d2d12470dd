import type { Opinion, OpinionGroup } from '../domain';
import type { HasColumn } from './rate-columns';

/**
 * The 重大事项 the hall should hear about under 亮短板: those with an opinion not shown resolved
 * (resolved false, or a blank 解决情况 cell). Opinions whose sheet had no 解决情况 column say
 * nothing either way, so an item made only of them is not counted as unresolved.
 */
export function unresolvedItemIds(
  groups: readonly OpinionGroup[],
  opinions: readonly Pick<Opinion, 'id' | 'resolved' | 'importId'>[],
  has: HasColumn,
): string[] {
  const open = new Set(opinions.filter((o) => has(o, 'resolved') && o.resolved !== true).map((o) => o.id));
  return groups.filter((g) => g.kind === 'item' && g.opinionIds.some((id) => open.has(id))).map((g) => g.id);
}
