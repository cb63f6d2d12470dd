import { createGatewaySupervisor } from './gateway/gateway-supervisor';
import { utilityProcessGateway } from './gateway/utility-process-gateway';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Language } from '../shared/domain';
import type { Dispatch } from './api/dispatch';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { parseShellArgs, resolveDataDir, shellProfileDir } from './data-dir';
import { resolveDevMode } from './dev-mode';
import { createHostServer, type HostServer } from './host/host-server';
import { bindIpc, trustSendersFrom } from './ipc/bind-ipc';
import { forwardEvents } from './ipc/forward-events';
import { buildMenuTemplate } from './menu';
import { hardenWebContents, denyAllPermissions } from './security';
import type { AppServices } from './services/app-services';
import { openDataFolder, type OpenDataFolder } from './services/open-data-folder';
import { publishOwnerEndpoint } from './storage/owner-endpoint';
import { createWindowPort } from './projector-window';
import { createMainWindow, openExternalChecked } from './window';
import {
  parseWindowState,
  restoreBounds,
  trackWindowState,
  type WindowState,
  type WindowStateTracker,
} from './window-state';

export const APP_TITLE = '报告会';
const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

export interface DesktopAppOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The folder holding the bundled main.mjs and preload.cjs (dist/electron). */
  mainDir: string;
}

export interface DesktopApp {
  dataDir: string;
  services: AppServices;
  mainWindow(): BrowserWindow | null;
  /** Flushes window state, unbinds IPC and closes the services; resolves once every write is on disk. */
  shutdown(): Promise<void>;
}

/**
 * The whole life of the desktop app. Nothing here runs at import time: main.ts calls this once, and
 * IPC handlers, the protocol and the menu are set up only after `ready`.
 * Resolves to null when another instance already owns the data folder (this one then quits).
 */
export async function runDesktopApp(options: DesktopAppOptions): Promise<DesktopApp | null> {
  const args = parseShellArgs(options.argv);
  const devMode = resolveDevMode({ flag: args.dev, env: options.env, isPackaged: app.isPackaged });
  if ('refused' in devMode) {
    console.error(`[shell] ${devMode.refused}`);
    app.exit(1);
    return null;
  }
  const dev = devMode.dev;
  const dataDir = resolveDataDir(args, options.env);

  // Before the lock: the lock lives in the profile folder. It only hands a second start of the same
  // profile over to the first window; the data folder's own lock (openDataFolder) is what keeps any
  // other process, or a profile reaching the same folder by another path, from opening it too.
  app.setPath('userData', shellProfileDir(app.getPath('appData'), args));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
  const startUrl = devMode.dev ? devMode.serverUrl : APP_ENTRY_URL;
  const startOrigin = new URL(startUrl);
  const allowed = [`${startOrigin.protocol}//${startOrigin.host}`];

  let mainWindow: BrowserWindow | null = null;
  const focusMainWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };
  app.on('second-instance', focusMainWindow);
  // Any web contents, including ones we did not create on purpose, gets the same navigation rules.
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { allowed, openExternal: openExternalChecked }),
  );

  await app.whenReady();

  let services: OpenDataFolder;
  const sendEvents = (win: BrowserWindow) =>
    forwardEvents(services.events, (channel, message) => {
      if (!win.isDestroyed()) win.webContents.send(channel, message);
    });
  // Projector and print windows load the same page as the main window, with the same preload and rules.
  const windows = createWindowPort({
    preloadPath: join(options.mainDir, 'preload.cjs'),
    pageUrl: startUrl,
    allowed,
    dev,
    parent: () => mainWindow,
    attach: sendEvents,
  });
  try {
    // Refused with the holder named (FolderLockedError) when host mode or the CLI has the folder.
    // Documents go through the store's own durable writer; electron-store keeps only the window state.
    services = await openDataFolder({
      dataDir,
      mode: 'desktop',
      version: app.getVersion(),
      windows,
      // A utility process: the packaged app's fuses turn off the Node mode that child_process.fork needs.
      gateways: createGatewaySupervisor({
        phoneDir: join(options.mainDir, '..', 'phone'),
        spawn: utilityProcessGateway,
      }),
    });
  } catch (error) {
    dialog.showErrorBox(
      '报告会无法打开数据',
      `数据文件夹：${dataDir}\n\n${error instanceof Error ? error.message : String(error)}`,
    );
    app.exit(1);
    return null;
  }

  denyAllPermissions(session.defaultSession);
  if (!dev) {
    session.defaultSession.protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({ root: join(options.mainDir, '..', 'renderer') }),
    );
  }
  // Requests already inside the services when quit begins must finish before the store closes.
  const inFlight = new Set<Promise<unknown>>();
  const dispatch: Dispatch = (method, input) => {
    const answer = services.dispatch(method, input);
    inFlight.add(answer);
    const settle = () => inFlight.delete(answer);
    answer.then(settle, settle);
    return answer;
  };
  const unbindIpc = bindIpc(ipcMain, dispatch, trustSendersFrom(startUrl));
  const ownerApi = await openOwnerApi(services, dispatch);

  const installMenu = (language: Language) => {
    const template = buildMenuTemplate({
      language,
      dev,
      platform: process.platform,
      openDataFolder: () => void showDataFolder(dataDir),
      showAbout: () => void showAbout(dataDir),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  installMenu(await currentLanguage(services));
  const stopMenuUpdates = services.events.subscribe((message) => {
    if (message.event === 'preferences.changed') void currentLanguage(services).then(installMenu);
  });

  const windowState = openWindowStateStore();
  // electron-store answers a synchronous renderer request with its folder and the app version; our
  // pages never use electron-store, so that unchecked channel is closed (it is registered only once).
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  let tracker: WindowStateTracker | null = null;
  const openMainWindow = () => {
    const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
      (display) => display.workArea,
    );
    const win = createMainWindow({
      preloadPath: join(options.mainDir, 'preload.cjs'),
      url: startUrl,
      allowed,
      bounds: restoreBounds(windowState.load(), workAreas),
      title: APP_TITLE,
      dev,
    });
    tracker = trackWindowState(win, windowState.save);
    const stopForwarding = sendEvents(win);
    win.on('closed', () => {
      stopForwarding();
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
  };
  openMainWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let closing: Promise<void> | null = null;
  const shutdown = () => {
    closing ??= (async () => {
      tracker?.flush();
      stopMenuUpdates();
      unbindIpc();
      await ownerApi?.close();
      await Promise.allSettled([...inFlight]);
      await services.close();
    })();
    return closing;
  };

  // Quit waits for the store: the default quit would end the process with writes still in flight.
  let exiting = false;
  app.on('before-quit', (event) => {
    if (exiting) return;
    event.preventDefault();
    shutdown().then(
      () => {
        exiting = true;
        app.exit(0);
      },
      (error: unknown) => {
        console.error('[shell] 关闭数据存储失败', error);
        exiting = true;
        app.exit(1);
      },
    );
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());

  return { dataDir, services, mainWindow: () => mainWindow, shutdown };
}

/**
 * The API on 127.0.0.1 with a random token, published beside the folder lock, so that the CLI's
 * `demo` and `import` can run while the window is open and write through these services. Without it
 * the app still works; those commands then say the folder is in use.
 */
async function openOwnerApi(
  services: OpenDataFolder,
  dispatch: Dispatch,
): Promise<{ close(): Promise<void> } | null> {
  const token = randomBytes(24).toString('base64url');
  let server: HostServer;
  try {
    server = await createHostServer({
      dispatch,
      events: services.events,
      rendererDir: null,
      token,
      port: 0,
      host: '127.0.0.1',
    });
  } catch (error) {
    console.error('[shell] 无法开启本机接口，命令行将无法在应用打开时写入', error);
    return null;
  }
  let withdraw: () => void;
  try {
    withdraw = publishOwnerEndpoint(services.lock, { origin: server.origin, token });
  } catch (error) {
    console.error('[shell] 无法登记本机接口，命令行将无法在应用打开时写入', error);
    await server.close();
    return null;
  }
  return {
    close: async () => {
      withdraw();
      await server.close();
    },
  };
}

async function currentLanguage(services: AppServices): Promise<Language> {
  const result = await services.call('preferences.get', {});
  return result.ok ? result.value.language : 'zh-CN';
}

async function showDataFolder(dataDir: string): Promise<void> {
  const problem = await shell.openPath(dataDir);
  if (problem) dialog.showErrorBox('无法打开数据文件夹', `${dataDir}\n\n${problem}`);
}

async function showAbout(dataDir: string): Promise<void> {
  await dialog.showMessageBox({
    type: 'info',
    title: APP_TITLE,
    message: `${APP_TITLE} Report-back Desk ${app.getVersion()}`,
    detail: `数据文件夹：${dataDir}`,
  });
}

interface WindowStateStore {
  load(): WindowState | null;
  save(state: WindowState): void;
}

/** A small JSON in the shell profile folder; a damaged file is cleared rather than blocking start. */
function openWindowStateStore(): WindowStateStore {
  try {
    const store = new ElectronStore<{ main?: unknown }>({ name: 'window-state', clearInvalidConfig: true });
    return { load: () => parseWindowState(store.get('main')), save: (state) => store.set('main', state) };
  } catch (error) {
    console.error('[shell] 无法读取窗口位置', error);
    return { load: () => null, save: () => undefined };
  }
}
