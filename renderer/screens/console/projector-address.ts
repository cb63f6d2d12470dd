/**
 * The address of a projector window for this meeting: the app's own page with `view=projector`, and
 * in host mode the token after `#` (never sent to a server, as with secondWindowAddress). Whoever
 * holds an address with a token can use the app.
 */
export function projectorAddress(
  location: Pick<Location, 'origin' | 'pathname'>,
  meetingId: string,
  token: string | null,
): string {
  const search = new URLSearchParams({ view: 'projector', meeting: meetingId }).toString();
  const fragment = token === null ? '' : `#token=${encodeURIComponent(token)}`;
  return `${location.origin}${location.pathname}?${search}${fragment}`;
}
