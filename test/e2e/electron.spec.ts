// The desktop app itself, through Playwright's Electron driver: built main + preload + renderer on a
// fresh --data folder. Skipped (with the reason) where no Electron binary is installed, as on machines
// set up with ELECTRON_SKIP_BINARY_DOWNLOAD=1.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppServices } from '../../electron/services/app-services';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { ensureBuilt, repoRoot } from './support/host-mode';

const TITLE = '方庄街道 2025 年向群众报告工作会';

/** The path of the Electron executable, or why there is none. */
function electronBinary(): { path: string } | { missing: string } {
  try {
    // node_modules/electron/index.js exports the executable's path, and throws if it was never downloaded.
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: `Electron binary not found at ${String(path)}` };
  } catch (error) {
    return {
      missing: `Electron binary not installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    };
  }
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(
    'missing' in binary,
    'missing' in binary ? `${binary.missing}; the desktop shell is covered by test/electron/*.test.ts` : '',
  );

  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!('path' in binary)) return;
    ensureBuilt();
    const main = join(repoRoot, 'dist', 'electron', 'main.mjs');
    if (!existsSync(main)) throw new Error(`${main} is missing after the build`);

    dataDir = mkdtempSync(join(tmpdir(), 'desk-electron-e2e-'));
    const services = await openAppServices({
      store: new FileDocumentStore({ dir: dataDir }),
      dataDir,
      version: 'e2e',
    });
    const created = await services.dispatch('meetings.create', {
      title: TITLE,
      level: 'street',
      startsAt: '2025-03-05T14:30:00+08:00',
    });
    expect(created.ok).toBe(true);
    await services.close();

    // Root in a container cannot use Chromium's OS sandbox; the renderer's sandbox option still applies.
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await electron.launch({
      executablePath: binary.path,
      args: [...rootArgs, main, '--data', dataDir],
      cwd: repoRoot,
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens the window from the app protocol and lists the meetings', async () => {
    await expect(page).toHaveURL(/^app:\/\/desk\//);
    await expect(page.getByText('会议列表').first()).toBeVisible();
    await expect(page.getByText(TITLE)).toBeVisible();
  });

  test('gives the page the typed API and nothing of Node', async () => {
    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        api: Object.keys((w.api as object | undefined) ?? {}).sort(),
        require: typeof w.require,
        process: typeof w.process,
      };
    });
    expect(globals).toEqual({ api: ['invoke', 'subscribe'], require: 'undefined', process: 'undefined' });
  });

  test('keeps the window inside the app when the page tries to leave', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect(page).toHaveURL(/^app:\/\/desk\//);
    expect(app.windows()).toHaveLength(1);
  });
});
