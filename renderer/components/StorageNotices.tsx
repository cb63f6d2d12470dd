import { useQueryClient } from '@tanstack/react-query';
import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../data/call';
import { keys, useAppInfo } from '../data/queries';
import { useRunner } from '../data/use-runner';

/** A damaged data file restored from backup must be seen: it stays until the user closes it. */
export function StorageNotices() {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  const queryClient = useQueryClient();
  const run = useRunner();
  const notices = info.data?.notices ?? [];
  if (notices.length === 0) return null;

  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          type={notice.kind === 'restoredFromBackup' || notice.kind === 'migrated' ? 'warning' : 'error'}
          showIcon
          role="alert"
          title={t(`notices.${notice.kind}`)}
          description={
            <>
              {/* The service's message is Chinese; in English it follows the translated title. */}
              <div>
                {i18n.language === 'zh-CN' ? notice.message : `${t('notices.original')}: ${notice.message}`}
              </div>
              {notice.quarantinedAs ? (
                <div>
                  {t('notices.movedTo')} <code>{notice.quarantinedAs}</code>
                </div>
              ) : null}
            </>
          }
          closable={{
            'aria-label': t('notices.dismiss'),
            onClose: () => {
              void run(async () => {
                await call('app.dismissNotice', { id: notice.id });
                await queryClient.invalidateQueries({ queryKey: keys.appInfo });
              });
            },
          }}
        />
      ))}
    </Space>
  );
}
