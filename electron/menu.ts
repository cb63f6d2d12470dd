import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/domain';

/** Menu words per app language; roles supply the shortcuts and the platform's own behaviour. */
const LABELS = {
  'zh-CN': {
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    togglefullscreen: '全屏',
    minimize: '最小化',
    close: '关闭窗口',
    quit: '退出',
    openDataFolder: '打开数据文件夹',
    about: '关于报告会',
  },
  'en-US': {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    togglefullscreen: 'Full Screen',
    minimize: 'Minimize',
    close: 'Close Window',
    quit: 'Quit',
    openDataFolder: 'Open Data Folder',
    about: 'About Report-back Desk',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MenuLabels = (typeof LABELS)[Language];

export function menuLabels(language: Language): MenuLabels {
  return LABELS[language] ?? LABELS['zh-CN'];
}

export interface MenuOptions {
  language: Language;
  /** Reload and developer tools exist only in development builds. */
  dev: boolean;
  platform: NodeJS.Platform;
  openDataFolder: () => void;
  showAbout: () => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = menuLabels(options.language);
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const devItems: MenuItemConstructorOptions[] = options.dev
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.toggleDevTools }, separator]
    : [];

  const template: MenuItemConstructorOptions[] = [
    { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        separator,
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        ...devItems,
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        separator,
        { role: 'togglefullscreen', label: t.togglefullscreen },
      ],
    },
    {
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    {
      role: 'help',
      label: t.help,
      submenu: [
        { label: t.openDataFolder, click: () => options.openDataFolder() },
        { label: t.about, click: () => options.showAbout() },
      ],
    },
  ];
  // macOS expects the application menu first (About, Hide, Quit live there).
  if (options.platform === 'darwin') template.unshift({ role: 'appMenu' });
  return template;
}
