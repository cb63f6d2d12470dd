import type { Transport } from '../../shared/api';
import { createHttpTransport } from './http-transport';
import { findIpcTransport } from './ipc-transport';
import { takeSessionToken } from './session-token';

/**
 * How this window reaches the services. In host mode the token is kept, so the app can offer an
 * address for a second window; `null` means this visit came without one.
 */
export type Connection =
  { kind: 'desktop'; transport: Transport } | { kind: 'host'; transport: Transport; token: string | null };

/** Electron's preload bridge when present, otherwise host mode's HTTP API on the page's own origin. */
export function pickConnection(): Connection {
  const ipc = findIpcTransport(window);
  if (ipc) return { kind: 'desktop', transport: ipc };
  const token = takeSessionToken({
    location: window.location,
    history: window.history,
    storage: sessionStorageOrMemory(),
  });
  return { kind: 'host', token, transport: createHttpTransport({ baseUrl: window.location.origin, token }) };
}

/** Reading window.sessionStorage throws when storage is blocked; the token then lives until reload. */
function sessionStorageOrMemory(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return window.sessionStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
    };
  }
}
