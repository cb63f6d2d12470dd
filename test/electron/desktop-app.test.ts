import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));
vi.mock('electron-store', () => import('./fake-electron-store'));

const fake = await import('./fake-electron');
const { runDesktopApp } = await import('../../electron/desktop-app');
// Read before any test runs: importing the module must not have touched Electron.
const handlersAtImport = fake.ipcMain.handle.mock.calls.length;
const appListenersAtImport = fake.app.eventNames().length;
const schemesAtImport = fake.protocol.registerSchemesAsPrivileged.mock.calls.length;
const { openAppServices } = await import('../../electron/services/app-services');
const { FileDocumentStore } = await import('../../electron/storage/file-document-store');

type Handler = (event: { senderFrame?: { url: string } | null }, input?: unknown) => Promise<unknown>;

const MAIN_DIR = join('/opt', 'report-desk', 'dist', 'electron');
let dataDir: string;

let appData: string;
beforeEach(() => {
  fake.resetFakeElectron();
  dataDir = mkdtempSync(join(tmpdir(), 'desk-shell-'));
  appData = mkdtempSync(join(tmpdir(), 'desk-app-data-'));
  fake.app.setPath('appData', appData);
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(appData, { recursive: true, force: true });
});

const start = (extra: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  runDesktopApp({ argv: ['electron', 'main.mjs', '--data', dataDir, ...extra], env, mainDir: MAIN_DIR });

function ipcHandler(method: string): Handler {
  const handler = fake.ipcMain.handlers.get(`api:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  return handler as Handler;
}

async function quit() {
  const event = { preventDefault: vi.fn() };
  fake.app.emit('before-quit', event);
  expect(event.preventDefault).toHaveBeenCalled();
  await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalled());
}

describe('desktop app lifecycle', () => {
  it('registers nothing at import time', () => {
    expect(handlersAtImport).toBe(0);
    expect(appListenersAtImport).toBe(0);
    expect(schemesAtImport).toBe(0);
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.app.gotLock = false;
    expect(await start()).toBeNull();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('starts the window from the app protocol with the data folder and a profile outside it', async () => {
    const desk = await start();
    expect(desk?.dataDir).toBe(dataDir);
    expect(fake.app.getPath('userData').startsWith(dataDir)).toBe(false);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(fake.session.defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(fake.session.defaultSession.permissionCheckHandler).not.toBeNull();

    expect(fake.BrowserWindow.instances).toHaveLength(1);
    const win = fake.BrowserWindow.instances[0]!;
    expect(win.loadedUrl).toBe('app://desk/index.html');
    expect((win.options.webPreferences as { preload: string }).preload).toBe(join(MAIN_DIR, 'preload.cjs'));

    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
    await quit();
  });

  it('answers IPC only from frames of its own origin', async () => {
    await start();
    const list = ipcHandler('meetings.list');
    for (const url of [
      'https://evil.example/',
      'file:///tmp/index.html',
      'app://evil/index.html',
      'http://127.0.0.1:5173/',
    ]) {
      expect(await list({ senderFrame: { url } }, {}), url).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await list({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await list({ senderFrame: { url: 'app://desk/index.html#/meetings' } }, {})).toEqual({
      ok: true,
      value: [],
    });
    await quit();
  });

  it('forwards service events to the window', async () => {
    const desk = await start();
    desk!.services.events.emit('office.changed', {});
    const win = fake.BrowserWindow.instances[0]!;
    expect(win.webContents.sent).toEqual([
      { channel: 'api:event', message: { event: 'office.changed', payload: {} } },
    ]);
    win.emit('closed');
    desk!.services.events.emit('office.changed', {});
    expect(win.webContents.sent).toHaveLength(1);
    await quit();
  });

  it('focuses the first window when a second instance starts', async () => {
    await start();
    const win = fake.BrowserWindow.instances[0]!;
    win.minimized = true;
    fake.app.emit('second-instance', {}, ['electron', 'main.mjs'], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    await quit();
  });

  it('finishes writes in flight before quitting, then unbinds IPC', async () => {
    const desk = (await start())!;
    const order: string[] = [];
    const closeServices = desk.services.close;
    desk.services.close = async () => {
      order.push('store closed');
      await closeServices();
    };
    const create = ipcHandler('meetings.create');
    const answer = create(
      { senderFrame: { url: 'app://desk/index.html' } },
      { title: '方庄街道 2025 年向群众报告工作会', level: 'street', startsAt: '2025-03-05T14:30:00+08:00' },
    );
    void answer.then(() => order.push('answered'));
    await quit();
    expect(order).toEqual(['answered', 'store closed']);
    expect(fake.app.exit).toHaveBeenCalledWith(0);
    expect(await answer).toMatchObject({ ok: true });
    expect(fake.ipcMain.handlers.size).toBe(0);

    const reopened = await openAppServices({
      store: new FileDocumentStore({ dir: dataDir }),
      dataDir,
      version: 'test',
    });
    expect(await reopened.dispatch('meetings.list', {})).toMatchObject({
      ok: true,
      value: [{ title: '方庄街道 2025 年向群众报告工作会' }],
    });
    await reopened.close();
  });

  it('reopens the window where it was closed', async () => {
    await start();
    fake.BrowserWindow.instances[0]!.emit('close');
    await quit();

    fake.resetFakeElectron();
    fake.app.setPath('appData', appData);
    await start();
    expect(fake.BrowserWindow.instances[0]!.options).toMatchObject({
      x: 10,
      y: 20,
      width: 1200,
      height: 700,
    });
    expect(fake.ipcMain.listenerCount('electron-store-get-data')).toBe(0);
    await quit();
  });

  it('loads the dev server with reload and developer tools in development', async () => {
    await start(['--dev'], { VITE_DEV_SERVER_URL: 'http://127.0.0.1:5173/' });
    expect(fake.BrowserWindow.instances[0]!.loadedUrl).toBe('http://127.0.0.1:5173/');
    expect(fake.session.defaultSession.protocol.handle).not.toHaveBeenCalled();
    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
    expect(JSON.stringify(template)).toContain('toggleDevTools');
    const list = ipcHandler('meetings.list');
    expect(await list({ senderFrame: { url: 'http://127.0.0.1:5173/' } }, {})).toMatchObject({ ok: true });
    expect(await list({ senderFrame: { url: 'http://127.0.0.1:5174/' } }, {})).toMatchObject({ ok: false });
    await quit();
  });

  it('ignores --dev and REPORT_DESK_DEV in an installed build', async () => {
    fake.app.isPackaged = true;
    await start(['--dev'], { REPORT_DESK_DEV: '1', VITE_DEV_SERVER_URL: 'http://127.0.0.1:5173/' });
    const win = fake.BrowserWindow.instances[0]!;
    expect(win.loadedUrl).toBe('app://desk/index.html');
    expect((win.options.webPreferences as { devTools: boolean }).devTools).toBe(false);
    expect(fake.session.defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
    const list = ipcHandler('meetings.list');
    expect(await list({ senderFrame: { url: 'http://127.0.0.1:5173/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await quit();
  });

  it('refuses a dev server that is not on this machine, before opening anything', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const url of [
      'https://evil.example/',
      'http://evil.example:5173/',
      'http://127.0.0.1.evil.example/',
      'file:///tmp/index.html',
      'http://user:pw@127.0.0.1:5173/',
    ]) {
      fake.resetFakeElectron();
      fake.app.setPath('appData', appData);
      expect(await start(['--dev'], { VITE_DEV_SERVER_URL: url }), url).toBeNull();
      expect(fake.app.exit, url).toHaveBeenCalledWith(1);
      expect(fake.BrowserWindow.instances, url).toHaveLength(0);
      expect(fake.ipcMain.handle, url).not.toHaveBeenCalled();
    }
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('开发服务器地址只能是本机'));
    logged.mockRestore();
  });

  it('accepts each loopback spelling of the dev server', async () => {
    for (const url of ['http://localhost:5173/', 'http://[::1]:5173/']) {
      fake.resetFakeElectron();
      fake.app.setPath('appData', appData);
      await start([], { REPORT_DESK_DEV: '1', VITE_DEV_SERVER_URL: url });
      expect(fake.BrowserWindow.instances[0]!.loadedUrl, url).toBe(url);
      await quit();
    }
  });

  it('gives the services its windows: displays, and a projector page that hears the events', async () => {
    fake.screen.displays.push({
      id: 7,
      label: '投影仪',
      bounds: { x: 1366, y: 0, width: 1024, height: 768 },
      size: { width: 1024, height: 768 },
      workArea: { x: 1366, y: 0, width: 1024, height: 768 },
    });
    await start();
    const from = { senderFrame: { url: 'app://desk/index.html' } };
    expect(await ipcHandler('projector.displays')(from, {})).toMatchObject({
      ok: true,
      value: [
        { id: 1, primary: true },
        { id: 7, label: '投影仪', width: 1024, height: 768, primary: false },
      ],
    });
    const meeting = (await ipcHandler('meetings.create')(from, {
      title: '报告会',
      level: 'street',
      startsAt: '2025-03-05T14:30:00+08:00',
    })) as { value: { id: string } };
    expect(
      await ipcHandler('projector.open')(from, { meetingId: meeting.value.id, displayId: null }),
    ).toEqual({
      ok: true,
      value: { opened: true },
    });
    const projector = fake.BrowserWindow.instances.at(-1)!;
    expect(projector.loadedUrl).toBe(`app://desk/index.html?view=projector&meeting=${meeting.value.id}`);
    expect(projector.options).toMatchObject({ x: 1366, fullscreen: true, frame: false });
    // An IPC call from the projector page is answered: same origin as the main window.
    const projectorFrame = { senderFrame: { url: projector.loadedUrl! } };
    expect(
      await ipcHandler('presentation.act')(projectorFrame, {
        meetingId: meeting.value.id,
        action: { kind: 'next' },
      }),
    ).toMatchObject({ ok: true });
    expect(projector.webContents.sent).toContainEqual({
      channel: 'api:event',
      message: expect.objectContaining({ event: 'presentation.changed' }),
    });
    await quit();
  });
});
