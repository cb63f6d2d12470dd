import type { Transport } from '../../shared/api';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/preload.ts); absent in a browser on host mode. */
    readonly api?: Transport;
  }
}

/** The preload's window.api already has the Transport shape; this only finds it. */
export function findIpcTransport(scope: { api?: Transport } | undefined): Transport | undefined {
  const candidate = scope?.api;
  if (candidate && typeof candidate.invoke === 'function' && typeof candidate.subscribe === 'function')
    return candidate;
  return undefined;
}
