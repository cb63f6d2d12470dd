import { OPINION_SET_SCHEMA_VERSION, type Office, type OpinionSetDocument } from '../../shared/domain';
import { opinionsDocName } from '../storage/documents';
import { getMeeting } from './meetings-service';
import { getOffice } from './office-service';
import type { ServiceContext } from './service-context';

/** Reading and writing a meeting's opinion set; shared by the imports, opinions and groups services. */

function emptySet(meetingId: string): OpinionSetDocument {
  return { schemaVersion: OPINION_SET_SCHEMA_VERSION, meetingId, opinions: [], imports: [], groups: [] };
}

/** The meeting's opinions; refuses a meeting that does not exist or sits in the trash. */
export function readOpinionSet(ctx: ServiceContext, meetingId: string): OpinionSetDocument {
  getMeeting(ctx, meetingId);
  return ctx.repo.get(opinionsDocName(meetingId)) ?? emptySet(meetingId);
}

/**
 * One write of the set. `change` must not mutate the document (stored rows are frozen); throwing
 * from it leaves everything as it was. Listeners hear 'opinions.changed' once the write is durable.
 */
export async function writeOpinionSet<R>(
  ctx: ServiceContext,
  meetingId: string,
  change: (set: OpinionSetDocument) => { next: OpinionSetDocument; result: R },
): Promise<R> {
  let result: R | undefined;
  let done = false;
  await ctx.repo.update(opinionsDocName(meetingId), (current) => {
    // Checked inside the queue too: the meeting may have been deleted while this write waited.
    getMeeting(ctx, meetingId);
    const outcome = change(current ?? emptySet(meetingId));
    result = outcome.result;
    done = true;
    return outcome.next;
  });
  ctx.events.emit('opinions.changed', { meetingId });
  if (!done) throw new Error('opinion set change did not run');
  return result as R;
}

/** Matches a community name as written in a sheet to the office's list: exact name only, else null. */
export function communityMatcher(office: Office): (name: string) => string | null {
  const byName = new Map(office.communities.map((c) => [c.name, c.id]));
  return (name) => (name ? (byName.get(name.trim()) ?? null) : null);
}

export function officeCommunityMatcher(ctx: ServiceContext): (name: string) => string | null {
  return communityMatcher(getOffice(ctx));
}
