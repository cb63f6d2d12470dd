import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Office } from '../../shared/domain';
import { bundleEntries, kill, run, type Bundles } from '../storage/owner-processes';
import { stubRenderer } from '../contract/harnesses';

// The desktop app runs here, on the stubbed electron module; the CLI and host mode run as real processes.
vi.mock('electron', () => import('./fake-electron'));
vi.mock('electron-store', () => import('./fake-electron-store'));

const fake = await import('./fake-electron');
const { runDesktopApp } = await import('../../electron/desktop-app');
const { openServicesAt } = await import('../../electron/cli/open-services');

type Handler = (
  event: { senderFrame?: { url: string } | null },
  input?: unknown,
) => Promise<{ ok: boolean; value?: unknown }>;
const FRAME = { senderFrame: { url: 'app://desk/index.html' } };

let bundles: Bundles;
let rendererDir: string;
beforeAll(async () => {
  bundles = await bundleEntries(['cli', 'serve', 'holder']);
  rendererDir = stubRenderer();
});
afterAll(() => {
  bundles.remove();
  rmSync(rendererDir, { recursive: true, force: true });
});

let dataDir: string;
let appData: string;
beforeEach(() => {
  fake.resetFakeElectron();
  dataDir = mkdtempSync(join(tmpdir(), 'desk-owner-'));
  appData = mkdtempSync(join(tmpdir(), 'desk-owner-app-data-'));
  fake.app.setPath('appData', appData);
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(appData, { recursive: true, force: true });
});

const start = () =>
  runDesktopApp({
    argv: ['electron', 'main.mjs', '--data', dataDir],
    env: {},
    mainDir: join('/opt', 'report-desk', 'dist', 'electron'),
  });

function ipc(method: string): Handler {
  const handler = fake.ipcMain.handlers.get(`api:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  return handler as Handler;
}

async function quit() {
  fake.app.emit('before-quit', { preventDefault: vi.fn() });
  await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalled());
}

async function storedCommunities(): Promise<string[]> {
  const app = await openServicesAt(dataDir);
  try {
    const office = await app.dispatch('office.get', {});
    if (!office.ok) throw new Error(office.error.message);
    return (office.value as Office).communities.map((c) => c.name);
  } finally {
    await app.close();
  }
}

describe('desktop app as the owner of its data folder', () => {
  it(
    'desktop + CLI: demo runs through the open app, and what the window saves next keeps it',
    { timeout: 120_000 },
    async () => {
      expect(await start()).not.toBeNull();
      const demo = run(bundles, 'cli', ['demo', '--data', dataDir]);
      expect(await demo.exited, demo.stderr()).toBe(0);
      // The window's next save is of the office the CLI just filled, not of an empty one.
      expect(await ipc('communities.create')(FRAME, { name: '东罗园社区' })).toMatchObject({ ok: true });
      const meetings = await ipc('meetings.list')(FRAME, {});
      expect(meetings.value).toHaveLength(3);
      await quit();
      expect(fake.app.exit).toHaveBeenCalledWith(0);

      const communities = await storedCommunities();
      expect(communities).toHaveLength(15);
      expect(communities).toContain('东罗园社区');
      expect(demo.stderr()).toContain(`正由报告会桌面应用（进程号 ${process.pid}）使用，本命令通过它执行`);
    },
  );

  it(
    'desktop + host: host mode started on the open folder is refused, naming the desktop app',
    { timeout: 60_000 },
    async () => {
      expect(await start()).not.toBeNull();
      const host = run(bundles, 'serve', ['--data', dataDir, '--port', '0', '--renderer', rendererDir]);
      expect(await host.exited).toBe(1);
      expect(host.stdout()).toBe('');
      expect(host.stderr()).toContain(`正由报告会桌面应用（进程号 ${process.pid}，`);
      await quit();
    },
  );

  it(
    'CLI + desktop: the app refuses a folder a command holds, saying who; after the command is killed it opens',
    { timeout: 60_000 },
    async () => {
      const command = run(bundles, 'holder', [dataDir, '--write', '芳星园社区']);
      expect(JSON.parse(await command.line())).toMatchObject({ held: true });

      expect(await start()).toBeNull();
      expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
      const [, message] = fake.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
      expect(message).toContain(`正由报告会命令行（进程号 ${command.pid}，`);
      expect(fake.app.exit).toHaveBeenCalledWith(1);
      expect(fake.BrowserWindow.instances).toHaveLength(0);

      await kill(command, 'SIGKILL');
      fake.resetFakeElectron();
      fake.app.setPath('appData', appData);
      expect(await start()).not.toBeNull();
      expect(await ipc('office.get')(FRAME, {})).toMatchObject({
        ok: true,
        value: { communities: [{ name: '芳星园社区' }] },
      });
      await quit();
    },
  );
});
