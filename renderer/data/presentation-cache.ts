import type { QueryClient } from '@tanstack/react-query';
import type { PresentationState } from '../../shared/domain';

/** The presentation query's key (reportKeys.presentation); here, so this module needs no API. */
export const presentationKey = (meetingId: string) => ['presentation', meetingId] as const;

/** Pushed states applied per meeting, so a read can tell that one arrived while it was on its way. */
const pushes = new Map<string, number>();

/**
 * A pushed state goes straight into the cache, so the projector draws the next card without another
 * round trip; an older one arriving late (lower seq) is dropped.
 */
export function applyPresentationState(client: QueryClient, state: PresentationState): void {
  const key = presentationKey(state.meetingId);
  const current = client.getQueryData<PresentationState>(key);
  if (current && current.seq > state.seq) return;
  pushes.set(state.meetingId, (pushes.get(state.meetingId) ?? 0) + 1);
  client.setQueryData(key, state);
}

/**
 * presentation.get for the query. A read answered before a step the projector has since been pushed
 * must not put the old card back (a slow start: the read leaves, the step is pushed, the read's answer
 * lands). Only a push that came during this read counts, so after the services restart (seq from 0
 * again) a read still wins.
 */
export async function readPresentation(
  client: QueryClient,
  meetingId: string,
  get: () => Promise<PresentationState>,
): Promise<PresentationState> {
  const before = pushes.get(meetingId) ?? 0;
  const fetched = await get();
  const cached = client.getQueryData<PresentationState>(presentationKey(meetingId));
  if ((pushes.get(meetingId) ?? 0) !== before && cached && cached.seq > fetched.seq) return cached;
  return fetched;
}
