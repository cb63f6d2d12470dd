import type { OpinionAnalysis, OpinionPage, ParsedInput } from '../../shared/api';
import type { Opinion, OpinionSetDocument } from '../../shared/domain';
import { belongsToFigure, summarizeOpinions, yearOnYear } from '../../shared/logic/opinion-analysis';
import { hasColumnsOfSet } from '../../shared/logic/rate-columns';
import { AppError, notFound } from '../api/app-error';
import { getOffice } from './office-service';
import { officeCommunityMatcher, readOpinionSet, writeOpinionSet } from './opinion-sets';
import type { ServiceContext } from './service-context';
import { definedOnly } from './defined-fields';

// Every write makes a new document object, so caching by identity is exact and needs no invalidation;
// a WeakMap lets an old version's cache go with it. Worth it: 100k rows take ~100 ms to summarise and
// to sort, and the 准备 screen asks for both after every click.
const analysisCache = new WeakMap<OpinionSetDocument, OpinionAnalysis>();
const sortedCache = new WeakMap<OpinionSetDocument, readonly Opinion[]>();

/** Newest first; rows without a date last; ties keep the stored order (import order). */
function sortedByReceived(set: OpinionSetDocument): readonly Opinion[] {
  let sorted = sortedCache.get(set);
  if (!sorted) {
    sorted = set.opinions
      .map((o, index) => ({ o, index }))
      .sort((a, b) => {
        const x = a.o.receivedAt;
        const y = b.o.receivedAt;
        if (x !== y) {
          if (x === null) return 1;
          if (y === null) return -1;
          // Instants carry their offset; compare as times, not as text.
          const diff = Date.parse(y) - Date.parse(x);
          if (diff !== 0) return diff;
        }
        return a.index - b.index;
      })
      .map(({ o }) => o);
    sortedCache.set(set, sorted);
  }
  return sorted;
}

function matchesQuery(o: Opinion, query: string): boolean {
  return (
    o.content.toLowerCase().includes(query) ||
    o.workOrderNo.toLowerCase().includes(query) ||
    o.category.toLowerCase().includes(query) ||
    o.communityName.toLowerCase().includes(query) ||
    o.residentName.toLowerCase().includes(query)
  );
}

export function listOpinions(ctx: ServiceContext, input: ParsedInput<'opinions.list'>): OpinionPage {
  const set = readOpinionSet(ctx, input.meetingId);
  let rows: readonly Opinion[];
  if (input.ids) {
    // A group's rows in the group's order; ids no longer present (deleted, undone) are left out.
    const byId = new Map(set.opinions.map((o) => [o.id, o]));
    rows = input.ids.map((id) => byId.get(id)).filter((o): o is Opinion => o !== undefined);
  } else {
    rows = sortedByReceived(set);
  }
  const figure = input.figure;
  if (figure) {
    const has = hasColumnsOfSet(set);
    rows = rows.filter((o) => belongsToFigure(o, figure, has));
  }
  const query = input.query?.trim().normalize('NFKC').toLowerCase() ?? '';
  if (query) rows = rows.filter((o) => matchesQuery(o, query));
  return { total: rows.length, rows: rows.slice(input.offset, input.offset + input.limit) };
}

export function analyseOpinions(ctx: ServiceContext, meetingId: string): OpinionAnalysis {
  const set = readOpinionSet(ctx, meetingId);
  let analysis = analysisCache.get(set);
  if (!analysis) {
    analysis = { summary: summarizeOpinions(set.opinions, hasColumnsOfSet(set)), yearOnYear: null };
    const yoy = yearOnYear(set.opinions);
    // Without rows in the year before there is nothing to compare against.
    if (yoy && analysis.summary.byYear.some((y) => y.year === yoy.previousYear)) analysis.yearOnYear = yoy;
    analysisCache.set(set, analysis);
  }
  return analysis;
}

function assertCommunity(ctx: ServiceContext, communityId: string | null | undefined): void {
  if (communityId && !getOffice(ctx).communities.some((c) => c.id === communityId)) {
    throw new AppError('invalid_input', `社区（${communityId}）不在本街道的社区名单中，请重新选择`);
  }
}

export function createOpinion(ctx: ServiceContext, input: ParsedInput<'opinions.create'>): Promise<Opinion> {
  const draft = input.opinion;
  assertCommunity(ctx, draft.communityId);
  const communityId = draft.communityId ?? officeCommunityMatcher(ctx)(draft.communityName);
  const opinion: Opinion = { ...draft, id: ctx.newId('o'), communityId, importId: null };
  return writeOpinionSet(ctx, input.meetingId, (set) => ({
    next: { ...set, opinions: [...set.opinions, opinion] },
    result: opinion,
  }));
}

export function updateOpinion(ctx: ServiceContext, input: ParsedInput<'opinions.update'>): Promise<Opinion> {
  const patch: Partial<Opinion> = definedOnly(input.patch);
  assertCommunity(ctx, patch.communityId);
  const match = officeCommunityMatcher(ctx);
  return writeOpinionSet(ctx, input.meetingId, (set) => {
    const index = set.opinions.findIndex((o) => o.id === input.id);
    if (index === -1) throw notFound('诉求', input.id);
    const current = set.opinions[index]!;
    const updated: Opinion = { ...current, ...patch };
    // A renamed community is matched again unless the form also chose one explicitly.
    if (patch.communityName !== undefined && patch.communityId === undefined) {
      updated.communityId = match(updated.communityName);
    }
    const opinions = set.opinions.slice();
    opinions[index] = updated;
    return { next: { ...set, opinions }, result: updated };
  });
}

export function deleteOpinion(ctx: ServiceContext, input: ParsedInput<'opinions.delete'>): Promise<null> {
  return writeOpinionSet(ctx, input.meetingId, (set) => {
    if (!set.opinions.some((o) => o.id === input.id)) throw notFound('诉求', input.id);
    return {
      next: {
        ...set,
        opinions: set.opinions.filter((o) => o.id !== input.id),
        // A deleted row leaves every group it was in.
        groups: set.groups.map((g) =>
          g.opinionIds.includes(input.id)
            ? { ...g, opinionIds: g.opinionIds.filter((id) => id !== input.id) }
            : g,
        ),
      },
      result: null,
    };
  });
}
