import type { KeyValue } from './storage';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
export const TOKEN_KEY = 'rbd.phone.token';

/** `#k=<token>` (other fragment keys ignored); null when absent or malformed. */
export function tokenFromHash(hash: string, fragmentKey: string): string | null {
  const body = hash.charAt(0) === '#' ? hash.slice(1) : hash;
  for (const pair of body.split('&')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at) !== fragmentKey) continue;
    let value = pair.slice(at + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
    return TOKEN_PATTERN.test(value) ? value : null;
  }
  return null;
}

/**
 * The QR's token, else the one this phone last scanned: some in-app browsers drop the fragment when the
 * page is reopened from history. A stale one is refused by the gateway and the page asks for a scan.
 */
export function resolveToken(hash: string, fragmentKey: string, store: KeyValue): string | null {
  const fromUrl = tokenFromHash(hash, fragmentKey);
  if (fromUrl !== null) {
    store.set(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  const kept = store.get(TOKEN_KEY);
  return kept !== null && TOKEN_PATTERN.test(kept) ? kept : null;
}
