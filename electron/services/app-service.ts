import { defaultPreferences, type Preferences } from '../../shared/domain';
import type { AppInfo, StorageNotice } from '../../shared/api';
import type { StoreNotice } from '../storage/document-store';
import { PREFERENCES_DOC } from '../storage/documents';
import type { ServiceContext } from './service-context';

function noticeMessage(notice: StoreNotice): string {
  if (notice.kind === 'newerVersion') {
    const loaded = notice.backup ? '已改用本版本能读取的最近备份；' : '';
    return `数据文件“${notice.document}”由更新版本的本软件保存，当前版本无法读取。原文件已原样移到一旁保存（未删除）：${notice.quarantinedAs ?? ''}。${loaded}请升级到最新版本后再打开。`;
  }
  if (notice.kind === 'restoredFromBackup') {
    return `数据文件“${notice.document}”已损坏，已移到一旁保存，并从最近的备份恢复。最近一次备份之后的修改可能需要重新录入。`;
  }
  return `数据文件“${notice.document}”已损坏且没有可用的备份，已移到一旁保存（未删除），请联系技术支持。`;
}

export function storageNotices(ctx: ServiceContext): StorageNotice[] {
  const hidden = ctx.session.dismissedNotices;
  return ctx.repo.notices
    .map((notice, index) => ({
      id: `notice-${index}`,
      kind: notice.kind,
      document: notice.document,
      quarantinedAs: notice.quarantinedAs,
      message: noticeMessage(notice),
      at: notice.at,
    }))
    .filter((notice) => !hidden.has(notice.id));
}

export function appInfo(ctx: ServiceContext): AppInfo {
  return { version: ctx.version, dataDir: ctx.dataDir, notices: storageNotices(ctx) };
}

export function dismissNotice(ctx: ServiceContext, id: string): null {
  ctx.session.dismissedNotices.add(id);
  // Every other window and browser tab hides it too.
  ctx.events.emit('notices.changed', {});
  return null;
}

export function getPreferences(ctx: ServiceContext): Preferences {
  return ctx.repo.get(PREFERENCES_DOC) ?? defaultPreferences();
}

export async function updatePreferences(
  ctx: ServiceContext,
  patch: Partial<Omit<Preferences, 'schemaVersion'>>,
): Promise<Preferences> {
  const saved = await ctx.repo.update(PREFERENCES_DOC, (current) => ({
    ...(current ?? defaultPreferences()),
    ...patch,
  }));
  ctx.events.emit('preferences.changed', {});
  return saved;
}
