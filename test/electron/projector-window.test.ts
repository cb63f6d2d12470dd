import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const { createWindowPort, pageAddress } = await import('../../electron/projector-window');

type FakeWindow = InstanceType<typeof fake.BrowserWindow>;

const projectorDisplay = (): import('./fake-electron').FakeDisplay => ({
  id: 7,
  label: 'EPSON 投影仪',
  bounds: { x: 1366, y: 0, width: 1920, height: 1080 },
  size: { width: 1920, height: 1080 },
  workArea: { x: 1366, y: 0, width: 1920, height: 1080 },
});

const attached: FakeWindow[] = [];
const detached: FakeWindow[] = [];

function port(overrides: { parent?: FakeWindow | null; printReadyTimeoutMs?: number } = {}) {
  return createWindowPort({
    preloadPath: '/app/dist/electron/preload.cjs',
    pageUrl: 'app://desk/index.html',
    allowed: ['app://desk'],
    dev: false,
    parent: () => (overrides.parent ?? null) as never,
    attach: (win) => {
      attached.push(win as unknown as FakeWindow);
      return () => detached.push(win as unknown as FakeWindow);
    },
    printPollMs: 1,
    ...(overrides.printReadyTimeoutMs !== undefined
      ? { printReadyTimeoutMs: overrides.printReadyTimeoutMs }
      : {}),
  });
}

const lastWindow = () => fake.BrowserWindow.instances.at(-1)!;

const hardened = {
  preload: '/app/dist/electron/preload.cjs',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  devTools: false,
};

let dir: string;
beforeEach(() => {
  fake.resetFakeElectron();
  attached.length = 0;
  detached.length = 0;
  dir = mkdtempSync(join(tmpdir(), 'projector-window-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('displays', () => {
  it('lists every display with its label, size and which one is primary', () => {
    fake.screen.displays.push(projectorDisplay(), { ...projectorDisplay(), id: 9, label: '' });
    expect(port().displays()).toEqual([
      { id: 1, label: '内置显示器', width: 1366, height: 768, primary: true },
      { id: 7, label: 'EPSON 投影仪', width: 1920, height: 1080, primary: false },
      { id: 9, label: '显示器 3（1920×1080）', width: 1920, height: 1080, primary: false },
    ]);
  });
});

describe('the projector window', () => {
  it('opens full screen, frameless and black on the first display that is not the primary one', async () => {
    fake.screen.displays.push(projectorDisplay());
    expect(await port().openProjector('m1', null)).toBe(true);
    const win = lastWindow();
    expect(win.options).toMatchObject({
      x: 1366,
      y: 0,
      width: 1920,
      height: 1080,
      frame: false,
      fullscreen: true,
      backgroundColor: '#000000',
      show: false,
    });
    expect(win.options.webPreferences).toMatchObject(hardened);
    const url = new URL(win.loadedUrl!);
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe('app://desk/index.html');
    expect(url.searchParams.get('view')).toBe('projector');
    expect(url.searchParams.get('meeting')).toBe('m1');
    // Shown once painted, full screen on that display.
    win.handler('ready-to-show')();
    expect(win.setBounds).toHaveBeenCalledWith(projectorDisplay().bounds);
    expect(win.setFullScreen).toHaveBeenLastCalledWith(true);
    expect(win.show).toHaveBeenCalled();
    // Its page hears the services' events like the main window's.
    expect(attached).toEqual([win]);
  });

  it('uses the primary display when it is the only one, and the chosen one when asked', async () => {
    const windows = port();
    await windows.openProjector('m1', null);
    expect(lastWindow().options).toMatchObject({ x: 0, y: 0, width: 1366, height: 768 });
    fake.screen.displays.push(projectorDisplay());
    await windows.openProjector('m2', 1);
    expect(lastWindow().options).toMatchObject({ x: 0, y: 0, width: 1366, height: 768 });
    // An unknown id falls back to the projector.
    await windows.openProjector('m3', 42);
    expect(lastWindow().options).toMatchObject({ x: 1366, width: 1920 });
  });

  it('re-uses the window of a meeting, moving it to another display; a closed one is opened anew', async () => {
    fake.screen.displays.push(projectorDisplay());
    const windows = port();
    await windows.openProjector('m1', 1);
    const first = lastWindow();
    first.handler('ready-to-show')();
    expect(await windows.openProjector('m1', 7)).toBe(true);
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    expect(first.setBounds).toHaveBeenLastCalledWith(projectorDisplay().bounds);
    expect(first.isFullScreen()).toBe(true);
    expect(first.focus).toHaveBeenCalled();
    await windows.openProjector('m2', 7);
    expect(fake.BrowserWindow.instances).toHaveLength(2);

    first.destroy();
    expect(detached).toEqual([first]);
    await windows.openProjector('m1', 7);
    expect(fake.BrowserWindow.instances).toHaveLength(3);
  });

  it('builds the page address with the view and meeting, whatever the base', () => {
    expect(pageAddress('http://127.0.0.1:5173/', 'print', 'mabc')).toBe(
      'http://127.0.0.1:5173/?view=print&meeting=mabc',
    );
  });
});

describe('PDF export', () => {
  it('prints the hidden print page once it is ready and writes the PDF where the user chose', async () => {
    const parent = new fake.BrowserWindow({});
    const target = join(dir, '成绩单');
    fake.dialog.showSaveDialog.mockImplementation(() =>
      Promise.resolve({ canceled: false, filePath: target }),
    );
    const windows = port({ parent });
    // Not ready at first: nothing is printed until the page says so.
    fake.initialPageAnswer.value = false;
    const exporting = windows.exportPdf('m1', '报告会-数字成绩单.pdf', 'print');
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(2));
    const win = lastWindow();
    await vi.waitFor(() => expect(win.webContents.executeJavaScript.mock.calls.length).toBeGreaterThan(2));
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    win.webContents.pageAnswer = true;
    const saved = await exporting;

    expect(saved).toBe(`${target}.pdf`);
    expect(readFileSync(`${target}.pdf`, 'utf8')).toBe('%PDF-1.7 fake');
    if (process.platform !== 'win32') expect(statSync(`${target}.pdf`).mode & 0o777).toBe(0o600);
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({ defaultPath: expect.stringMatching(/报告会-数字成绩单\.pdf$/) }),
    );
    expect(win.options).toMatchObject({ show: false });
    expect(win.options.webPreferences).toMatchObject(hardened);
    const url = new URL(win.loadedUrl!);
    expect(url.searchParams.get('view')).toBe('print');
    expect(url.searchParams.get('meeting')).toBe('m1');
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({
      printBackground: true,
      preferCSSPageSize: true,
    });
    // The probe is a fixed expression, never built from input.
    for (const [code] of win.webContents.executeJavaScript.mock.calls) expect(code).not.toContain('m1');
    expect(win.destroy).toHaveBeenCalled();
  });

  it('prints the notice page the same way, once it marks itself ready', async () => {
    const target = join(dir, '反馈公示.pdf');
    fake.dialog.showSaveDialog.mockImplementation(() =>
      Promise.resolve({ canceled: false, filePath: target }),
    );
    const windows = port();
    fake.initialPageAnswer.value = false;
    const exporting = windows.exportPdf('m2', '报告会-反馈公示.pdf', 'notice');
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    const win = lastWindow();
    await vi.waitFor(() => expect(win.webContents.executeJavaScript.mock.calls.length).toBeGreaterThan(2));
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    win.webContents.pageAnswer = true;
    expect(await exporting).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    const url = new URL(win.loadedUrl!);
    expect(url.searchParams.get('view')).toBe('notice');
    expect(url.searchParams.get('meeting')).toBe('m2');
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: '导出反馈公示 PDF' }),
    );
    // The same readiness mark as the report card's print page.
    for (const [code] of win.webContents.executeJavaScript.mock.calls) expect(code).toContain('printReady');
    expect(win.destroy).toHaveBeenCalled();
  });

  it('names the notice page when it never gets ready', async () => {
    fake.dialog.showSaveDialog.mockImplementation(() =>
      Promise.resolve({ canceled: false, filePath: join(dir, 'late.pdf') }),
    );
    fake.initialPageAnswer.value = false;
    await expect(port({ printReadyTimeoutMs: 20 }).exportPdf('m1', 'x.pdf', 'notice')).rejects.toThrow(
      /反馈公示页面.*没有导出 PDF/,
    );
  });

  it('returns null and opens no window when the user cancels', async () => {
    expect(await port().exportPdf('m1', 'x.pdf', 'notice')).toBeNull();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('gives up in Chinese when the print page never gets ready, writing nothing', async () => {
    const target = join(dir, 'never.pdf');
    fake.dialog.showSaveDialog.mockImplementation(() =>
      Promise.resolve({ canceled: false, filePath: target }),
    );
    const windows = port({ printReadyTimeoutMs: 20 });
    fake.initialPageAnswer.value = false;
    const exporting = windows.exportPdf('m1', 'x.pdf', 'print');
    await expect(exporting).rejects.toThrow(/没有导出 PDF/);
    expect(lastWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(lastWindow().destroy).toHaveBeenCalled();
    expect(() => statSync(target)).toThrow();
  });
});
