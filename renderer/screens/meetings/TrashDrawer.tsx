import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../shared/logic/shanghai-time';
import { LevelTag } from '../../components/meeting-tags';
import { call } from '../../data/call';
import { keys, useTrash } from '../../data/queries';
import { useRunner } from '../../data/use-runner';

/** 回收站: deleted meetings stay 30 days and can be restored until then. */
export function TrashDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const trash = useTrash(open);
  const run = useRunner();
  const queryClient = useQueryClient();

  const restore = async (id: string) => {
    const restored = await run(() => call('meetings.restore', { id }));
    await queryClient.invalidateQueries({ queryKey: keys.meetings });
    if (restored) void message.success(t('meetings.restored', { title: restored.title }));
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('trash.title')} size={460} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('trash.explain')}</Typography.Paragraph>
      {trash.data && trash.data.length === 0 ? (
        <Empty description={t('trash.empty')} />
      ) : (
        <List
          loading={trash.isLoading}
          dataSource={trash.data ?? []}
          rowKey={(item) => item.meeting.id}
          renderItem={(item) => (
            <List.Item
              actions={[
                <Button key="restore" onClick={() => void restore(item.meeting.id)}>
                  {t('trash.restore')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span>
                    <LevelTag level={item.meeting.level} />
                    {item.meeting.title}
                  </span>
                }
                description={t('trash.deletedAt', {
                  deletedAt: formatShanghai(item.deletedAt),
                  purgeAfter: formatShanghai(item.purgeAfter, 'YYYY-MM-DD'),
                })}
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
