import { secondWindowAddress } from '../../api/session-token';

/**
 * The print view of a meeting's report card in a window of its own (host mode prints through the
 * browser). The token travels after `#`, as with every second window, so no server log sees it.
 */
export function printAddress(
  location: Pick<Location, 'origin' | 'pathname'>,
  meetingId: string,
  token: string | null,
): string {
  const query = `?view=print&meeting=${encodeURIComponent(meetingId)}`;
  if (token === null) return `${location.origin}${location.pathname}${query}`;
  const address = secondWindowAddress(location, token);
  const hash = address.indexOf('#');
  return `${address.slice(0, hash)}${query}${address.slice(hash)}`;
}

/** A file name the operator's system accepts, from a card's title. */
export function pngFileName(title: string, fallback: string): string {
  const base = (title.trim() || fallback).replace(/[\\/:*?"<>|\r\n\t]+/g, '_').slice(0, 80);
  return `${base}.png`;
}
