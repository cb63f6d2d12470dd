/** Windows that show one meeting's report card instead of the whole app, chosen by the address. */
export type ViewRoute =
  | { view: 'projector'; meetingId: string }
  | { view: 'print'; meetingId: string }
  | { view: 'notice'; meetingId: string };

/** `?view=projector|print|notice&meeting=ID` (notice: the 反馈公示 page); anything else is the app itself. */
export function viewRoute(search: URLSearchParams): ViewRoute | null {
  const view = search.get('view');
  const meetingId = search.get('meeting');
  if (!meetingId) return null;
  if (view === 'projector' || view === 'print' || view === 'notice') return { view, meetingId };
  return null;
}

/**
 * The address of a projector, print or notice window for a meeting. In host mode the token goes after `#`,
 * as in the address host mode printed, so it never reaches a server log.
 */
export function viewAddress(
  location: Pick<Location, 'origin' | 'pathname'>,
  route: ViewRoute,
  token: string | null,
): string {
  const search = new URLSearchParams({ view: route.view, meeting: route.meetingId });
  const fragment = token ? `#token=${encodeURIComponent(token)}` : '';
  return `${location.origin}${location.pathname}?${search.toString()}${fragment}`;
}
