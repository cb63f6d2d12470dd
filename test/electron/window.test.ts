import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const { createMainWindow } = await import('../../electron/window');
const { denyAllPermissions, externalLinkTarget } = await import('../../electron/security');

const bounds = { width: 1280, height: 800, maximized: false, fullScreen: false };

function openWindow(allowed = ['app://desk']) {
  const win = createMainWindow({
    preloadPath: '/app/dist/electron/preload.cjs',
    url: 'app://desk/index.html',
    allowed,
    bounds,
    title: '报告会',
    dev: false,
  }) as unknown as InstanceType<typeof fake.BrowserWindow>;
  return win;
}

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('main window factory', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('opens with every secure web preference', () => {
    const win = openWindow();
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(win.loadedUrl).toBe('app://desk/index.html');
  });

  it('cancels navigation and redirects to any other origin', () => {
    const win = openWindow();
    for (const event of ['will-navigate', 'will-redirect']) {
      const handler = win.webContents.handler(event);
      for (const url of [
        'https://example.com/',
        'file:///etc/passwd',
        'app://other/index.html',
        'http://127.0.0.1:5173/',
        'not a url',
      ]) {
        const e = navigationEvent();
        handler(e, url);
        expect(e.preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
      const inside = navigationEvent();
      handler(inside, 'app://desk/index.html#/meetings');
      expect(inside.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('refuses to attach a <webview>', () => {
    const win = openWindow();
    const e = navigationEvent();
    win.webContents.handler('will-attach-webview')(e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and opens only http(s) links in the system browser', () => {
    const win = openWindow();
    const open = win.webContents.windowOpenHandler;
    expect(open).not.toBeNull();
    expect(open!({ url: 'https://www.beijing.gov.cn/' })).toEqual({ action: 'deny' });
    expect(open!({ url: 'http://example.com/a?b=1' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal.mock.calls).toEqual([
      ['https://www.beijing.gov.cn/'],
      ['http://example.com/a?b=1'],
    ]);

    fake.shell.openExternal.mockClear();
    for (const url of [
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'ms-settings:privacy',
      'smb://host/share',
      'app://desk/index.html',
      'https://user:pw@example.com/',
      '',
    ]) {
      expect(open!({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('checks external links before handing them to the system', () => {
    expect(externalLinkTarget('https://example.com')).toBe('https://example.com/');
    expect(externalLinkTarget('HTTPS://EXAMPLE.com/x')).toBe('https://example.com/x');
    expect(externalLinkTarget('file:///etc/passwd')).toBeNull();
    expect(externalLinkTarget('javascript:alert(1)')).toBeNull();
    expect(externalLinkTarget('data:text/html,<script>1</script>')).toBeNull();
    expect(externalLinkTarget('//example.com')).toBeNull();
  });

  it('denies every permission request and check', () => {
    const ses = fake.session.defaultSession;
    denyAllPermissions(ses as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      ses.permissionRequestHandler!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(ses.permissionCheckHandler!({}, permission, 'app://desk', {})).toBe(false);
    }
    expect(ses.devicePermissionHandler!({})).toBe(false);
  });

  it('restores a saved position and size', () => {
    fake.resetFakeElectron();
    const win = createMainWindow({
      preloadPath: '/p.cjs',
      url: 'app://desk/index.html',
      allowed: ['app://desk'],
      bounds: { x: 40, y: 30, width: 1000, height: 650, maximized: true, fullScreen: false },
      title: '报告会',
      dev: false,
    }) as unknown as InstanceType<typeof fake.BrowserWindow>;
    expect(win.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 650, show: false });
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });
});
