/** Where the host-mode token lives for this tab after it was taken from the address bar. */
export const TOKEN_STORAGE_KEY = 'report-back-desk.token';
const TOKEN_PARAM = 'token';

export interface TokenPlace {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Takes the token host mode printed in the URL fragment (http://127.0.0.1:PORT/#token=…), keeps it in
 * sessionStorage and removes it from the address bar, so it is not on screen, in history or in a
 * bookmark. A fragment is never sent to a server nor in a Referer. Later reloads read it back from
 * the storage of this tab.
 */
export function takeSessionToken({ location, history, storage }: TokenPlace): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get(TOKEN_PARAM);
  if (fromUrl) {
    fragment.delete(TOKEN_PARAM);
    const rest = fragment.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`,
    );
    try {
      storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage may be disabled; the token still works until the page is reloaded.
    }
    return fromUrl;
  }
  try {
    return storage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The address that opens this app in another window or on another screen, token included. The token
 * travels after `#`, so it never reaches a server log; whoever holds this address can use the app, as
 * with the one host mode printed.
 */
export function secondWindowAddress(location: Pick<Location, 'origin' | 'pathname'>, token: string): string {
  return `${location.origin}${location.pathname}#${TOKEN_PARAM}=${encodeURIComponent(token)}`;
}
