// A stand-in for the 'electron' module (there is no Electron binary here, and unit tests must not need
// one). Each fake records what the shell did with it so tests can assert options and call handlers.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

class Recorder extends EventEmitter {
  /** Last listener registered for an event, to call it directly from a test. */
  handler(event: string): Listener {
    const listeners = this.listeners(event) as Listener[];
    const last = listeners[listeners.length - 1];
    if (!last) throw new Error(`no handler for ${event}`);
    return last;
  }
}

/** What a page opened from now on answers executeJavaScript with first. */
export const initialPageAnswer: { value: unknown } = { value: true };

export class FakeWebContents extends Recorder {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: Array<{ channel: string; message: unknown }> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, message: unknown): void {
    this.sent.push({ channel, message });
  }
  /** What the page answers to executeJavaScript; a test flips it to play the print page getting ready. */
  pageAnswer: unknown = initialPageAnswer.value;
  executeJavaScript = vi.fn((_code: string) => Promise.resolve(this.pageAnswer));
  printToPDF = vi.fn((_options: Record<string, unknown>) => Promise.resolve(Buffer.from('%PDF-1.7 fake')));
}

export class BrowserWindow extends Recorder {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  destroyed = false;
  minimized = false;
  focus = vi.fn();
  show = vi.fn();
  restore = vi.fn();
  maximize = vi.fn();
  fullScreen = false;
  setFullScreen = vi.fn((on: boolean) => {
    this.fullScreen = on;
  });
  setBounds = vi.fn();
  destroy = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return false;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1200, height: 700 };
  }
}

class FakeApp extends Recorder {
  paths = new Map<string, string>([['appData', '/tmp/fake-app-data']]);
  gotLock = true;
  /** False like a run from source; a test sets it to play an installed build. */
  isPackaged = false;
  quit = vi.fn();
  exit = vi.fn();
  requestSingleInstanceLock = vi.fn(() => this.gotLock);
  getPath(name: string): string {
    return this.paths.get(name) ?? `/tmp/fake-${name}`;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
}

class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  readonly protocol = { handle: vi.fn() };
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler;
  }
}

class FakeIpcMain extends Recorder {
  handlers = new Map<string, Listener>();
  handle = vi.fn((channel: string, listener: Listener) => {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  });
  removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
}

const workArea = { x: 0, y: 0, width: 1366, height: 728 };

export interface FakeDisplay {
  id: number;
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
  size: { width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

/** The laptop's own screen; tests add a projector with `screen.displays.push(...)`. */
export function laptopDisplay(): FakeDisplay {
  return {
    id: 1,
    label: '内置显示器',
    bounds: { x: 0, y: 0, width: 1366, height: 768 },
    size: { width: 1366, height: 768 },
    workArea,
  };
}

export let app = new FakeApp();
export let session = { defaultSession: new FakeSession() };
export let ipcMain = new FakeIpcMain();
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const shell = {
  openExternal: vi.fn(() => Promise.resolve()),
  openPath: vi.fn(() => Promise.resolve('')),
};
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const screen = {
  displays: [laptopDisplay()],
  primaryId: 1,
  getPrimaryDisplay(): FakeDisplay {
    return this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0]!;
  },
  getAllDisplays(): FakeDisplay[] {
    return this.displays;
  },
};
export const dialog = {
  showErrorBox: vi.fn(),
  showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
  showSaveDialog: vi.fn((..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> =>
    Promise.resolve({ canceled: true }),
  ),
};

/** Fresh fakes for each test. The named bindings are live, so modules importing them see the new ones. */
export function resetFakeElectron(): void {
  app = new FakeApp();
  session = { defaultSession: new FakeSession() };
  ipcMain = new FakeIpcMain();
  BrowserWindow.instances = [];
  initialPageAnswer.value = true;
  screen.displays = [laptopDisplay()];
  screen.primaryId = 1;
  dialog.showSaveDialog.mockReset();
  dialog.showSaveDialog.mockImplementation(() => Promise.resolve({ canceled: true }));
  for (const fn of [
    protocol.registerSchemesAsPrivileged,
    protocol.handle,
    shell.openExternal,
    shell.openPath,
    Menu.buildFromTemplate,
    Menu.setApplicationMenu,
    dialog.showErrorBox,
    dialog.showMessageBox,
  ]) {
    fn.mockClear();
  }
}

export default {
  get app() {
    return app;
  },
  get session() {
    return session;
  },
  get ipcMain() {
    return ipcMain;
  },
  BrowserWindow,
  protocol,
  shell,
  Menu,
  screen,
  dialog,
};
