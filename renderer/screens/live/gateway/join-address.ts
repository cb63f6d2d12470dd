/**
 * The join address written out for someone who cannot scan: host:port large (what a phone's address
 * bar needs first) and the whole link with its token smaller. Null when the link is not a URL.
 */
export interface JoinAddress {
  /** 192.168.1.20:8686 (an IPv6 host in brackets, as a browser takes it). */
  hostPort: string;
  /** The whole link, token included: typing it lands on the page already let in. */
  full: string;
}

export function joinAddress(joinUrl: string | null): JoinAddress | null {
  if (joinUrl === null) return null;
  let url: URL;
  try {
    url = new URL(joinUrl);
  } catch {
    return null;
  }
  return { hostPort: url.host, full: joinUrl };
}
