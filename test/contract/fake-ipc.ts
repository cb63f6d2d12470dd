import type { IpcInvokeEventLike, IpcMainLike } from '../../electron/ipc/bind-ipc';
import type { IpcRendererLike } from '../../electron/ipc/preload-api';

type MainListener = (event: IpcInvokeEventLike, ...args: unknown[]) => unknown;
type RendererListener = (event: unknown, ...args: unknown[]) => void;

/** Stands in for Electron's ipcMain: one handler per channel, as Electron enforces. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, MainListener>();

  handle(channel: string, listener: MainListener): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

/** A marker standing for Electron's IpcRendererEvent, which must never reach the page. */
export const RENDERER_EVENT = Object.freeze({ kind: 'IpcRendererEvent', sender: 'ipcRenderer' });

/**
 * One window: its ipcRenderer talking to the fake ipcMain as a frame loaded from `frameUrl`.
 * Everything crossing is structured-cloned, as Electron does, so nothing passes by reference.
 */
export function fakeWindow(main: FakeIpcMain, frameUrl: string) {
  const listeners = new Map<string, Set<RendererListener>>();
  let invokes = 0;
  const ipcRenderer: IpcRendererLike = {
    async invoke(channel, ...args) {
      invokes += 1;
      const handler = main.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const result = await handler({ senderFrame: { url: frameUrl } }, ...structuredClone(args));
      return structuredClone(result);
    },
    on(channel, listener) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  return {
    ipcRenderer,
    /** What webContents.send(channel, message) does for this window. */
    send(channel: string, message: unknown): void {
      for (const listener of listeners.get(channel) ?? []) listener(RENDERER_EVENT, structuredClone(message));
    },
    listenerCount(channel: string): number {
      return listeners.get(channel)?.size ?? 0;
    },
    get invokes() {
      return invokes;
    },
  };
}
