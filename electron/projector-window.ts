import { app, dialog, screen, type BrowserWindow, type Display } from 'electron';
import { join } from 'node:path';
import type { DisplayInfo } from '../shared/domain';
import { AppError } from './api/app-error';
import type { AllowedOrigins } from './security';
import type { PrintView, WindowPort } from './services/service-context';
import { writeFileDurably } from './storage/durable-write';
import { createAppWindow } from './window';

/**
 * The desktop shell's windows for the report card: the projector, full screen on the display the
 * operator picks, one per meeting; and a hidden print window whose page becomes the PDF. Both load
 * the app's own page (same preload, same locked-down preferences as the main window); the page
 * reads `view` and `meeting` from its address.
 */

export interface WindowPortOptions {
  preloadPath: string;
  /** The app's page: app://desk/index.html, or the Vite dev server in development. */
  pageUrl: string;
  allowed: AllowedOrigins;
  dev: boolean;
  /** The window a save dialog belongs to. */
  parent: () => BrowserWindow | null;
  /** Connects a new window to the services' events; the returned function disconnects it. */
  attach: (win: BrowserWindow) => () => void;
  /** How long the print page may take to say it is ready. */
  printReadyTimeoutMs?: number;
  printPollMs?: number;
}

const PRINT_READY_TIMEOUT_MS = 30_000;
const PRINT_POLL_MS = 100;
/**
 * What a printable page (the report card, the 反馈公示) sets once everything is drawn; a fixed
 * expression, never built from input.
 */
const PRINT_READY_PROBE = "document.body !== null && document.body.dataset.printReady === '1'";

export function pageAddress(pageUrl: string, view: 'projector' | PrintView, meetingId: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set('view', view);
  url.searchParams.set('meeting', meetingId);
  return url.toString();
}

function describe(display: Display, primaryId: number, index: number): DisplayInfo {
  const { width, height } = display.size;
  return {
    id: display.id,
    label: display.label || `显示器 ${index + 1}（${width}×${height}）`,
    width,
    height,
    primary: display.id === primaryId,
  };
}

/** The asked-for display; otherwise the first that is not the operator's screen; otherwise that one. */
export function chooseDisplay(
  displays: readonly Display[],
  primaryId: number,
  wanted: number | null,
): Display | null {
  return (
    displays.find((d) => d.id === wanted) ??
    displays.find((d) => d.id !== primaryId) ??
    displays.find((d) => d.id === primaryId) ??
    displays[0] ??
    null
  );
}

const PRINT_LABEL: Record<PrintView, { dialog: string; page: string }> = {
  print: { dialog: '导出成绩单 PDF', page: '成绩单页面' },
  notice: { dialog: '导出反馈公示 PDF', page: '反馈公示页面' },
};

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function createWindowPort(options: WindowPortOptions): WindowPort {
  const projectors = new Map<string, BrowserWindow>();

  function track(win: BrowserWindow, onClosed: () => void = () => undefined): void {
    const detach = options.attach(win);
    win.on('closed', () => {
      detach();
      onClosed();
    });
  }

  function place(win: BrowserWindow, display: Display): void {
    // A full-screen window moves to another display only out of full screen.
    if (win.isFullScreen()) win.setFullScreen(false);
    win.setBounds(display.bounds);
    win.setFullScreen(true);
  }

  async function waitForPrintPage(win: BrowserWindow, view: PrintView): Promise<void> {
    const limit = options.printReadyTimeoutMs ?? PRINT_READY_TIMEOUT_MS;
    const poll = options.printPollMs ?? PRINT_POLL_MS;
    for (let waited = 0; waited <= limit; waited += poll) {
      if (win.isDestroyed()) throw new AppError('internal', '打印窗口意外关闭，没有导出 PDF');
      const ready: unknown = await win.webContents.executeJavaScript(PRINT_READY_PROBE).catch(() => false);
      if (ready === true) return;
      await sleep(poll);
    }
    throw new AppError(
      'timeout',
      `${PRINT_LABEL[view].page}在 ${Math.round(limit / 1000)} 秒内没有准备好，没有导出 PDF；请重试`,
    );
  }

  return {
    displays() {
      const primaryId = screen.getPrimaryDisplay().id;
      return screen.getAllDisplays().map((d, i) => describe(d, primaryId, i));
    },

    async openProjector(meetingId, displayId) {
      const display = chooseDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id, displayId);
      const open = projectors.get(meetingId);
      if (open && !open.isDestroyed()) {
        if (display) place(open, display);
        open.show();
        open.focus();
        return true;
      }
      const bounds = display?.bounds;
      const win = createAppWindow({
        preloadPath: options.preloadPath,
        url: pageAddress(options.pageUrl, 'projector', meetingId),
        allowed: options.allowed,
        dev: options.dev,
        frame: {
          ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : {}),
          title: '报告会 · 投影',
          frame: false,
          fullscreen: true,
          autoHideMenuBar: true,
          // Black from the first frame: a white flash on a hall's screen is seen by everyone.
          backgroundColor: '#000000',
          show: false,
        },
      });
      projectors.set(meetingId, win);
      track(win, () => {
        if (projectors.get(meetingId) === win) projectors.delete(meetingId);
      });
      win.once('ready-to-show', () => {
        if (display) place(win, display);
        win.show();
      });
      return true;
    },

    async exportPdf(meetingId, suggestedName, view) {
      const parent = options.parent();
      const saveOptions = {
        title: PRINT_LABEL[view].dialog,
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = parent
        ? await dialog.showSaveDialog(parent, saveOptions)
        : await dialog.showSaveDialog(saveOptions);
      if (choice.canceled || !choice.filePath) return null;
      const path = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;

      const win = createAppWindow({
        preloadPath: options.preloadPath,
        url: pageAddress(options.pageUrl, view, meetingId),
        allowed: options.allowed,
        dev: options.dev,
        frame: { show: false, width: 1920, height: 1080, backgroundColor: '#ffffff', title: '报告会 · 打印' },
      });
      track(win);
      try {
        await waitForPrintPage(win, view);
        const pdf = await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
        writeFileDurably(path, pdf);
        return path;
      } finally {
        if (!win.isDestroyed()) win.destroy();
      }
    },
  };
}
