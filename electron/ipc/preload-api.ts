// Bundled into the sandboxed preload, which can require nothing but 'electron': import no Node
// built-ins and nothing that pulls in zod (type-only imports are erased).
import { IPC_EVENT_CHANNEL, ipcChannel } from '../../shared/api/ipc-channels';
import type { Transport } from '../../shared/api/client';
import type { Result } from '../../shared/api/result';
import { isContractMethod } from './contract-methods';

/** The part of Electron's ipcRenderer the preload uses; a fake of it drives the IPC contract tests. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * What the preload exposes as window.api: exactly the Transport the renderer's client wraps, and
 * nothing else: no channel names, no ipcRenderer, no IpcRendererEvent.
 */
export function createPreloadApi(ipcRenderer: IpcRendererLike): Transport {
  return {
    invoke(method: string, input: unknown): Promise<unknown> {
      // Refused here so a page can never reach an arbitrary channel through the bridge.
      if (!isContractMethod(method)) {
        const refused: Result<never> = {
          ok: false,
          error: { code: 'unknown_method', message: `未知的接口：${String(method).slice(0, 60)}` },
        };
        return Promise.resolve(refused);
      }
      return ipcRenderer.invoke(ipcChannel(method), input);
    },
    subscribe(listener: (event: string, payload: unknown) => void): () => void {
      if (typeof listener !== 'function') return () => undefined;
      const onMessage = (_event: unknown, message: unknown) => {
        if (!isEventMessage(message)) return;
        listener(message.event, message.payload);
      };
      ipcRenderer.on(IPC_EVENT_CHANNEL, onMessage);
      return () => {
        ipcRenderer.removeListener(IPC_EVENT_CHANNEL, onMessage);
      };
    },
  };
}

function isEventMessage(message: unknown): message is { event: string; payload: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { event?: unknown }).event === 'string'
  );
}
