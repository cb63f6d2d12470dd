import type { IpcMain, IpcRenderer } from 'electron';
import { describe, expect, it } from 'vitest';
import type { IpcMainLike } from '../../electron/ipc/bind-ipc';
import type { IpcRendererLike } from '../../electron/ipc/preload-api';

// Compile-time: Electron's real objects fit the structural types the code is written against, so
// main.ts and preload.ts pass them without casts. tsc fails this file if they ever drift apart.
type Fits<A, B> = A extends B ? true : false;
const mainFits: Fits<IpcMain, IpcMainLike> = true;
const rendererFits: Fits<IpcRenderer, IpcRendererLike> = true;

describe('Electron IPC types', () => {
  it('fit the structural types bindIpc and the preload use', () => {
    expect([mainFits, rendererFits]).toEqual([true, true]);
  });
});
