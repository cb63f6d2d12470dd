import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  return buildMenuTemplate({
    language: 'zh-CN',
    dev: false,
    platform: 'win32',
    openDataFolder: () => undefined,
    showAbout: () => undefined,
    ...overrides,
  });
}

describe('application menu', () => {
  it('has the five Chinese menus with the standard roles', () => {
    const template = build();
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'togglefullscreen',
        'minimize',
        'close',
      ]),
    );
  });

  it('offers reload and developer tools only in development', () => {
    expect(roles(build())).not.toContain('reload');
    expect(roles(build())).not.toContain('toggleDevTools');
    expect(roles(build())).not.toContain('forceReload');
    expect(roles(build({ dev: true }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('opens the data folder from 帮助', () => {
    const openDataFolder = vi.fn();
    const help = build({ openDataFolder }).find((item) => item.label === '帮助');
    const item = (help?.submenu as MenuItemConstructorOptions[]).find(
      (entry) => entry.label === '打开数据文件夹',
    );
    expect(item).toBeDefined();
    (item!.click as () => void)();
    expect(openDataFolder).toHaveBeenCalledTimes(1);
  });

  it('speaks English when the app language is English', () => {
    expect(build({ language: 'en-US' }).map((item) => item.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it('puts the application menu first on macOS', () => {
    expect(build({ platform: 'darwin' })[0]?.role).toBe('appMenu');
  });
});
