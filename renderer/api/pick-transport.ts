import type { Transport } from '../../shared/api';
import { createHttpTransport } from './http-transport';
import { findIpcTransport } from './ipc-transport';
import { takeSessionToken } from './session-token';

/** Electron's preload bridge when present, otherwise host mode's HTTP API on the page's own origin. */
export function pickTransport(): Transport {
  const ipc = findIpcTransport(window);
  if (ipc) return ipc;
  return createHttpTransport({
    baseUrl: window.location.origin,
    token: takeSessionToken({ location: window.location, history: window.history, storage: sessionStorageOrMemory() }),
  });
}

/** Reading window.sessionStorage throws when storage is blocked; the token then lives until reload. */
function sessionStorageOrMemory(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return window.sessionStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
  }
}
