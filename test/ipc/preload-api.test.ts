import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL, ok } from '../../shared/api';
import { createPreloadApi } from '../../electron/ipc/preload-api';
import { FakeIpcMain, fakeWindow, RENDERER_EVENT } from '../contract/fake-ipc';

describe('the preload bridge (window.api)', () => {
  it('exposes only invoke and subscribe', () => {
    const api = createPreloadApi(fakeWindow(new FakeIpcMain(), 'app://renderer/').ipcRenderer);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'subscribe']);
  });

  it('refuses a name outside the contract before touching ipcRenderer', async () => {
    const main = new FakeIpcMain();
    main.handle('api:secret', () => ok('reached'));
    main.handle('secret', () => ok('reached'));
    const window = fakeWindow(main, 'app://renderer/');
    const api = createPreloadApi(window.ipcRenderer);
    for (const name of ['secret', 'api:secret', '__proto__', 'constructor', 'toString', 42, null]) {
      const result = await api.invoke(name as never, {});
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'unknown_method', message: expect.stringMatching(/未知的接口/) },
      });
    }
    expect(window.invokes).toBe(0);
  });

  it('passes a contract method to its channel', async () => {
    const main = new FakeIpcMain();
    main.handle('api:meetings.get', (_event, input) => ok({ echoed: input }));
    const window = fakeWindow(main, 'app://renderer/');
    expect(await createPreloadApi(window.ipcRenderer).invoke('meetings.get', { id: 'm1' })).toEqual(
      ok({ echoed: { id: 'm1' } }),
    );
  });

  it('gives listeners only (event, payload), never the IpcRendererEvent, and unsubscribes', () => {
    const window = fakeWindow(new FakeIpcMain(), 'app://renderer/');
    const api = createPreloadApi(window.ipcRenderer);
    const calls: unknown[][] = [];
    const stop = api.subscribe((...args: unknown[]) => calls.push(args));
    window.send(IPC_EVENT_CHANNEL, { event: 'meetings.changed', payload: { id: 'm1' } });
    window.send(IPC_EVENT_CHANNEL, 'not a message');
    window.send(IPC_EVENT_CHANNEL, { payload: {} });
    expect(calls).toEqual([['meetings.changed', { id: 'm1' }]]);
    expect(calls.flat()).not.toContain(RENDERER_EVENT);
    stop();
    expect(window.listenerCount(IPC_EVENT_CHANNEL)).toBe(0);
    window.send(IPC_EVENT_CHANNEL, { event: 'office.changed', payload: {} });
    expect(calls).toHaveLength(1);
  });
});

describe('the preload bundle', () => {
  it('requires nothing but electron, so it loads in a sandboxed renderer', async () => {
    // @ts-expect-error -- plain .mjs build script without type declarations
    const { buildNode } = (await import('../../scripts/build-node.mjs')) as {
      buildNode(o: { only: string[] }): Promise<void>;
    };
    await buildNode({ only: ['electron/preload.ts'] });
    const bundle = readFileSync('dist/electron/preload.cjs', 'utf8');
    const required = [...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(bundle).toContain('exposeInMainWorld');
    // The contract's schemas (zod) stay out: they would cost every window load tens of milliseconds.
    expect(bundle).not.toMatch(/ZodError|zod\/v4/);
  });
});
