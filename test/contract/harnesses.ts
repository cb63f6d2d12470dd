import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resyncEvents, type Transport } from '../../shared/api';
import { createHostServer } from '../../electron/host/host-server';
import { bindIpc, trustSendersFrom } from '../../electron/ipc/bind-ipc';
import { forwardEvents } from '../../electron/ipc/forward-events';
import { createPreloadApi } from '../../electron/ipc/preload-api';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { createHttpTransport, type HttpTransport } from '../../renderer/api/http-transport';
import { findIpcTransport } from '../../renderer/api/ipc-transport';
import { FakeIpcMain, fakeWindow } from './fake-ipc';

/** One way of reaching the services; the contract suite runs the same tests through each. */
export interface ContractHarness {
  /** A new client connection (a window, a browser tab, a direct caller). */
  connect(): Transport;
  /**
   * Resolves once `count` connections are receiving events (SSE streams open asynchronously) and have
   * had the resync an opening stream delivers: listen for a change only after this.
   */
  eventsReady(count: number): Promise<void>;
  store: MemoryDocumentStore;
  close(): Promise<void>;
}

export const TEST_VERSION = '9.9.9-contract';
/** A real folder: case photos are files beside the documents. Removed when the test process ends. */
export const TEST_DATA_DIR = mkdtempSync(join(tmpdir(), 'contract-data-'));
process.once('exit', () => rmSync(TEST_DATA_DIR, { recursive: true, force: true }));

async function openServices(store: MemoryDocumentStore): Promise<AppServices> {
  return openAppServices({
    store,
    dataDir: TEST_DATA_DIR,
    version: TEST_VERSION,
    now: () => new Date('2025-03-01T02:00:00Z'),
  });
}

/** (a) Direct dispatch: the baseline the transports must behave exactly like. */
export async function directHarness(): Promise<ContractHarness> {
  const store = new MemoryDocumentStore();
  const services = await openServices(store);
  return {
    connect: () => ({
      invoke: (method, input) => services.dispatch(method, input),
      subscribe: (listener) => services.events.subscribe(({ event, payload }) => listener(event, payload)),
    }),
    eventsReady: async () => undefined,
    store,
    close: () => services.close(),
  };
}

export const TEST_TOKEN = 'contract-test-token-0123456789abcdef';

/** (b) HTTP against a real host server on 127.0.0.1:0, through the renderer's own HTTP transport. */
export async function httpHarness(): Promise<ContractHarness & { origin: string }> {
  const store = new MemoryDocumentStore();
  const services = await openServices(store);
  const rendererDir = stubRenderer();
  const server = await createHostServer({
    dispatch: services.dispatch,
    events: services.events,
    rendererDir,
    token: TEST_TOKEN,
    port: 0,
    host: '127.0.0.1',
  });
  const transports: HttpTransport[] = [];
  const opened: Promise<void>[] = [];
  // A stream that opens delivers the resync events first; a test listens for real events after them.
  const lastResync = resyncEvents().at(-1)?.event;
  return {
    origin: server.origin,
    connect() {
      const transport = createHttpTransport({
        baseUrl: server.origin,
        token: TEST_TOKEN,
        retry: { initialMs: 20, maxMs: 200 },
      });
      transports.push(transport);
      // The harness keeps listening for the connection's whole life: a stream with no listener left
      // closes, and the test's own listener would then reopen it and hear a second resync, which can
      // stand in for the event under test or open only after that event was sent.
      opened.push(
        new Promise((resolve) => {
          transport.subscribe((event) => {
            if (event === lastResync) resolve();
          });
        }),
      );
      return transport;
    },
    async eventsReady(count) {
      await waitFor(() => server.eventStreamCount >= count);
      await Promise.all(opened);
    },
    store,
    async close() {
      for (const transport of transports) transport.close();
      await server.close();
      await services.close();
      rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}

export const APP_PAGE_URL = 'app://renderer/index.html';

/** (c) IPC: bindIpc on a fake ipcMain, each window's preload bridge over a fake ipcRenderer. */
export async function ipcHarness(): Promise<ContractHarness> {
  const store = new MemoryDocumentStore();
  const services = await openServices(store);
  const main = new FakeIpcMain();
  const unbind = bindIpc(main, services.dispatch, trustSendersFrom('app://renderer/'));
  const stops: (() => void)[] = [];
  return {
    connect() {
      const window = fakeWindow(main, APP_PAGE_URL);
      // What main.ts does per window.
      stops.push(forwardEvents(services.events, window.send));
      const transport = findIpcTransport({ api: createPreloadApi(window.ipcRenderer) });
      if (!transport) throw new Error('preload bridge not found');
      return transport;
    },
    eventsReady: async () => undefined,
    store,
    async close() {
      for (const stop of stops) stop();
      unbind();
      await services.close();
    },
  };
}

export function stubRenderer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rbd-renderer-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>stub</title><div id="root">stub renderer</div>',
  );
  return dir;
}

/** Polls a condition; gives up after a generous bound so a broken stream fails the test, not hangs it. */
export async function waitFor(condition: () => boolean, limitMs = 5_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
