import type { IpcMain, IpcRenderer } from 'electron';
import { describe, expectTypeOf, it } from 'vitest';
import type { IpcMainLike } from '../../electron/ipc/bind-ipc';
import type { IpcRendererLike } from '../../electron/ipc/preload-api';

// Electron's real objects fit the structural types the code is written against, so main.ts and
// preload.ts pass them without casts. These are compile-time assertions: `npm run typecheck` (tsc
// over test/ too) fails on this file if the types drift apart; at run time they do nothing.
describe('Electron IPC types', () => {
  it('fit the structural types bindIpc and the preload use', () => {
    // An `any` would fit everything: it means Electron's types are missing, not that they fit.
    expectTypeOf<IpcMain>().not.toBeAny();
    expectTypeOf<IpcRenderer>().not.toBeAny();
    expectTypeOf<IpcMain>().toExtend<IpcMainLike>();
    expectTypeOf<IpcRenderer>().toExtend<IpcRendererLike>();
  });
});
