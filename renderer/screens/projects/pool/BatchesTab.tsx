import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  List,
  Modal,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchStats, ProjectBatch } from '../../../../shared/domain/project';
import { formatRate } from '../../../../shared/logic/fraction';
import { CATEGORY_LABELS } from '../../../../shared/logic/projects/categories';
import { formatShanghai } from '../../../../shared/logic/shanghai-time';
import { call } from '../../../data/call';
import { useProjectPool, useProjectStats } from '../../../data/project-queries';
import { useOperatorName } from '../../live/operator';
import { useImportUndo } from './ImportModal';
import { carryPreview, openBatchOf } from './pool-model';
import { usePoolRun } from './use-pool-run';

/** 批次: the batches in order with their counts, 开启新批次 / 结束本批次 (carry-over), and past imports. */
export function BatchesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pool = useProjectPool();
  const stats = useProjectStats();
  const { name: by } = useOperatorName();
  const run = usePoolRun();
  const undo = useImportUndo(by);
  const [closing, setClosing] = useState<ProjectBatch | null>(null);
  const [busy, setBusy] = useState(false);

  if (pool.isLoading) return <Spin />;
  if (pool.error || !pool.data) return <Alert type="error" showIcon message={t('projectPool.loadFailed')} />;
  const { batches, projects, imports } = pool.data;
  const statsOf = (id: string): BatchStats | undefined => stats.data?.find((s) => s.batchId === id);
  const open = openBatchOf(batches);

  const openNew = async () => {
    const batch = await run(() => call('projects.createBatch', { by }));
    if (batch) void message.success(t('projectPool.batches.opened', { name: batch.name }));
  };

  const close = async () => {
    if (!closing) return;
    setBusy(true);
    const result = await run(() => call('projects.closeBatch', { batchId: closing.id, by }));
    setBusy(false);
    if (!result) return;
    setClosing(null);
    void message.success({
      content: (
        <span data-testid="close-result">
          {t('projectPool.batches.carriedResult', { count: result.carried, name: result.next.name })}
        </span>
      ),
      duration: 8,
    });
  };

  const preview = closing ? carryPreview(projects, closing.id) : null;
  const batchName = (id: string) => batches.find((b) => b.id === id)?.name ?? id;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="batches-tab">
      <Space wrap>
        <Button type="primary" onClick={() => void openNew()} data-testid="open-batch">
          {t('projectPool.batches.openNew')}
        </Button>
        {open ? (
          <Button danger onClick={() => setClosing(open)} data-testid="close-batch">
            {t('projectPool.batches.close', { name: open.name })}
          </Button>
        ) : null}
      </Space>
      {batches.length === 0 ? (
        <Empty description={t('projectPool.batches.none')} />
      ) : (
        [...batches]
          .sort((a, b) => a.number - b.number)
          .map((batch) => {
            const s = statsOf(batch.id);
            return (
              <Card
                key={batch.id}
                size="small"
                data-testid="batch-card"
                title={
                  <Space wrap>
                    <span>{batch.name}</span>
                    <Typography.Text type="secondary">
                      {batch.openedOn} — {batch.closedOn ?? t('projectPool.batches.now')}
                    </Typography.Text>
                    {batch.closedOn ? (
                      <Tag>{t('projectPool.batches.closed')}</Tag>
                    ) : (
                      <Tag color="green">{t('projectPool.batches.running')}</Tag>
                    )}
                  </Space>
                }
              >
                {s ? (
                  <Descriptions size="small" column={{ xs: 2, md: 6 }}>
                    <Descriptions.Item label={t('projectPool.stats.planned')}>{s.planned}</Descriptions.Item>
                    <Descriptions.Item label={t('projectPool.stats.new')}>{s.newProjects}</Descriptions.Item>
                    <Descriptions.Item label={t('projectPool.stats.carriedIn')}>
                      {s.carriedIn}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('projectPool.stats.completed')}>
                      {s.completed}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('projectPool.stats.rate')}>
                      {t('projectPool.stats.rateOf', {
                        rate: formatRate(s.rate),
                        num: s.completed,
                        den: s.planned,
                      })}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('projectPool.stats.carriedOut')}>
                      {batch.closedOn ? s.carriedOut : '—'}
                    </Descriptions.Item>
                  </Descriptions>
                ) : (
                  <Typography.Text type="secondary">—</Typography.Text>
                )}
              </Card>
            );
          })
      )}
      <Typography.Title level={5}>{t('projectPool.imports.title')}</Typography.Title>
      {imports.length === 0 ? (
        <Typography.Text type="secondary">{t('projectPool.imports.none')}</Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          data-testid="imports-table"
          dataSource={[...imports].reverse()}
          columns={[
            { title: t('projectPool.imports.file'), dataIndex: 'fileName' },
            { title: t('projectPool.import.sheet'), dataIndex: 'sheet', width: 120 },
            { title: t('projectPool.batch'), dataIndex: 'batchId', width: 100, render: batchName },
            {
              title: t('projectPool.imports.count'),
              width: 90,
              render: (_: unknown, r) => r.projectIds.length,
            },
            {
              title: t('projectPool.imports.at'),
              dataIndex: 'at',
              width: 150,
              render: (at: string) => formatShanghai(at),
            },
            { title: t('projectPool.imports.by'), dataIndex: 'by', width: 100 },
            {
              title: '',
              width: 110,
              render: (_: unknown, r) =>
                r.undoneAt ? (
                  <Tag>{t('projectPool.imports.undoneTag')}</Tag>
                ) : (
                  <Button size="small" onClick={() => void undo(r.id)}>
                    {t('projectPool.import.undo')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      {closing && preview ? (
        <Modal
          open
          title={t('projectPool.batches.closeTitle', { name: closing.name })}
          okText={t('projectPool.batches.closeConfirm')}
          okButtonProps={{ danger: true, loading: busy }}
          cancelText={t('common.cancel')}
          onOk={() => void close()}
          onCancel={() => setClosing(null)}
          data-testid="close-batch-modal"
        >
          <Typography.Paragraph data-testid="carry-count">
            {t('projectPool.batches.carryExplain', { count: preview.total })}
          </Typography.Paragraph>
          {preview.byCategory.length > 0 ? (
            <List
              size="small"
              dataSource={preview.byCategory}
              renderItem={(c) => (
                <List.Item>
                  {CATEGORY_LABELS[c.category]}: {t('projectPool.countUnit', { count: c.count })}
                </List.Item>
              )}
            />
          ) : null}
        </Modal>
      ) : null}
    </Space>
  );
}
