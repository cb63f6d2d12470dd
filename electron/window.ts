import { BrowserWindow, shell, type WebPreferences } from 'electron';
import { externalLinkTarget, hardenWebContents, type AllowedOrigins } from './security';
import { MIN_WINDOW_SIZE, type InitialBounds } from './window-state';

/**
 * Every page we show runs with these: isolated, sandboxed, no Node, no <webview>, and only the
 * preload's typed API as a way out. Exported so the test can assert each one.
 */
export function secureWebPreferences(preloadPath: string, dev: boolean): WebPreferences {
  return {
    preload: preloadPath,
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
    safeDialogs: true,
    spellcheck: false,
    devTools: dev,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  /** app://desk/index.html, or the Vite dev server in development. */
  url: string;
  /** Origins the window may navigate within (and nothing else). */
  allowed: AllowedOrigins;
  bounds: InitialBounds;
  title: string;
  dev: boolean;
}

/** Opens external links in the system browser, but only http(s) URLs that pass the check. */
export async function openExternalChecked(url: string): Promise<void> {
  const target = externalLinkTarget(url);
  if (target) await shell.openExternal(target);
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { bounds } = options;
  const win = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: options.title,
    // Shown once painted, so the operator never sees a white flash on the projector.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath, options.dev),
  });
  hardenWebContents(win.webContents, { allowed: options.allowed, openExternal: openExternalChecked });
  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize();
    if (bounds.fullScreen) win.setFullScreen(true);
    win.show();
  });
  win.loadURL(options.url).catch((error: unknown) => console.error('[window] 页面加载失败', options.url, error));
  return win;
}
