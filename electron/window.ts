import { BrowserWindow, shell, type BrowserWindowConstructorOptions } from 'electron';
import { externalLinkTarget, hardenWebContents, type AllowedOrigins } from './security';
import { MIN_WINDOW_SIZE, type InitialBounds } from './window-state';

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

/** What the app's windows differ in: place, size and look. Never their web preferences. */
export type AppWindowFrame = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

export interface AppWindowOptions {
  preloadPath: string;
  url: string;
  allowed: AllowedOrigins;
  dev: boolean;
  frame: AppWindowFrame;
}

/**
 * Every window of the app (main, projector, print) is made here, so each gets the same locked-down
 * page: one set of web preferences, one set of navigation rules, one preload.
 */
export function createAppWindow(options: AppWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...options.frame,
    // Written out literally (not built by a helper) so Electronegativity can see and check each one.
    // Isolated, sandboxed, no Node, no <webview>: the preload's typed API is the page's only way out.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would otherwise ask for a new window; the open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.dev,
    },
  });
  hardenWebContents(win.webContents, { allowed: options.allowed, openExternal: openExternalChecked });
  win
    .loadURL(options.url)
    .catch((error: unknown) => console.error('[window] 页面加载失败', options.url, error));
  return win;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { bounds } = options;
  const win = createAppWindow({
    preloadPath: options.preloadPath,
    url: options.url,
    allowed: options.allowed,
    dev: options.dev,
    frame: {
      ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
      width: bounds.width,
      height: bounds.height,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
      title: options.title,
      // Shown once painted, so the operator never sees a white flash on the projector.
      show: false,
      backgroundColor: '#ffffff',
    },
  });
  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize();
    if (bounds.fullScreen) win.setFullScreen(true);
    win.show();
  });
  return win;
}
