import { Button, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../shared/domain';
import { formatShanghai } from '../../../shared/logic/shanghai-time';
import { useImportHistory } from '../../data/opinion-queries';
import { useUndoImport } from './use-undo-import';

/** Every confirmed import of the meeting, undone ones kept (marked) so the archive shows what came and went. */
export function ImportHistory({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const history = useImportHistory(meetingId);
  const { undo } = useUndoImport(meetingId);
  const rows = [...(history.data ?? [])].reverse();
  if (rows.length === 0) return null;
  return (
    <section aria-label={t('imports.history')} style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('imports.history')}</Typography.Title>
      <Table<ImportRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 760 }}
        columns={[
          { key: 'file', title: t('imports.file'), dataIndex: 'fileName', ellipsis: true },
          { key: 'sheet', title: t('imports.sheet'), dataIndex: 'sheet', width: 120, ellipsis: true },
          {
            key: 'at',
            title: t('imports.importedAt'),
            width: 150,
            render: (_, r) => formatShanghai(r.importedAt),
          },
          {
            key: 'counts',
            title: t('imports.counts'),
            width: 200,
            render: (_, r) =>
              t('imports.countsText', { count: r.count, skipped: r.skipped, duplicates: r.duplicates }),
          },
          {
            key: 'action',
            title: t('common.actions'),
            width: 110,
            render: (_, r) =>
              r.undoneAt ? (
                <Tag>{t('imports.undoneTag')}</Tag>
              ) : (
                <Popconfirm
                  title={t('imports.undoConfirm', { count: r.count })}
                  okText={t('imports.undo')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void undo(r)}
                >
                  <Button size="small" aria-label={t('imports.undoOne', { file: r.fileName })}>
                    {t('imports.undo')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </section>
  );
}
