import type { Method } from './contract';

/** Electron IPC channel names, derived from the contract so none is written by hand. */
export const ipcChannel = (method: Method): string => `api:${method}`;
export const IPC_EVENT_CHANNEL = 'api:event';
