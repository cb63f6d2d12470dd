import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallbackRow } from '../../../shared/domain';
import { useCallbackRows } from '../../data/follow-up-queries';
import { useOperatorName } from '../live/operator';
import { VerdictModal } from './ActionForms';
import type { FollowScope } from './FollowUpStage';
import { useItemCalls } from './use-item-calls';
import { useFollowNames } from './use-follow-names';

/**
 * 回访: the calls due. 已接通 takes the resident's verdict (channel 回访); 无人接听 logs the attempt and
 * keeps the call listed with its count, for another try.
 */
export function CallbackList({ meetingId, scope }: { meetingId: string; scope: FollowScope }) {
  const { t } = useTranslation();
  const callbacks = useCallbackRows(scope === 'meeting' ? meetingId : null);
  const { names } = useFollowNames();
  const { name: by } = useOperatorName();
  const [answering, setAnswering] = useState<CallbackRow | null>(null);
  const rows = callbacks.data?.rows ?? [];

  return (
    <section aria-label={t('followUp.callbacks.title')}>
      <Typography.Paragraph type="secondary">
        {t('followUp.callbacks.hint', { asOf: callbacks.data?.asOf ?? '—', count: rows.length })}
      </Typography.Paragraph>
      <Table<CallbackRow>
        size="small"
        rowKey={(r) => r.row.id}
        loading={callbacks.isLoading}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        tableLayout="fixed"
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followUp.callbacks.empty')} />
          ),
        }}
        onRow={(r) =>
          ({ 'data-testid': 'callback-row', 'data-id': r.row.id }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'title',
            title: t('followUp.columns.title'),
            ellipsis: true,
            render: (_, r) => (
              <div>
                <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }} title={r.row.title}>
                  {r.row.title}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.row.leadDepartmentId
                    ? names.departments.get(r.row.leadDepartmentId)
                    : t('followUp.notAssigned')}
                  {scope === 'office' ? ` · ${names.meetings.get(r.row.meetingId) ?? r.row.meetingDate}` : ''}
                </Typography.Text>
              </div>
            ),
          },
          {
            key: 'resident',
            title: (
              <span>
                {t('followUp.fields.resident')}{' '}
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  {t('followUp.staffOnly')}
                </Tag>
              </span>
            ),
            width: 190,
            render: (_, r) =>
              r.resident.name || r.resident.phone ? (
                <div data-testid="callback-resident">
                  <div>{r.resident.name || t('common.notSet')}</div>
                  <Typography.Text copyable={r.resident.phone ? { text: r.resident.phone } : false}>
                    {r.resident.phone || t('followUp.callbacks.noPhone')}
                  </Typography.Text>
                </div>
              ) : (
                <Typography.Text type="secondary">{t('followUp.callbacks.noContact')}</Typography.Text>
              ),
          },
          {
            key: 'reply',
            title: t('followUp.callbacks.lastReply'),
            ellipsis: true,
            render: (_, r) => <span title={r.lastReply}>{r.lastReply || '—'}</span>,
          },
          {
            key: 'due',
            title: t('followUp.callbacks.due'),
            width: 150,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <span>{r.row.callbackDue ?? '—'}</span>
                {r.row.unanswered ? (
                  <Tag color="orange" data-testid="callback-attempts">
                    {t('followUp.callbacks.attempts', { count: r.row.unanswered })}
                  </Tag>
                ) : null}
              </Space>
            ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 190,
            render: (_, r) => <CallbackButtons row={r} by={by} onAnswered={() => setAnswering(r)} />,
          },
        ]}
      />
      {answering ? (
        <AnsweredVerdict
          row={rows.find((r) => r.row.id === answering.row.id) ?? answering}
          by={by}
          onClose={() => setAnswering(null)}
        />
      ) : null}
    </section>
  );
}

function CallbackButtons({ row, by, onAnswered }: { row: CallbackRow; by: string; onAnswered: () => void }) {
  const { t } = useTranslation();
  const calls = useItemCalls(row.row.meetingId, row.row.id, by);
  const [busy, setBusy] = useState(false);
  return (
    <Space size={4}>
      <Button size="small" type="primary" onClick={onAnswered} data-testid="callback-answered">
        {t('followUp.callbacks.answered')}
      </Button>
      <Button
        size="small"
        loading={busy}
        data-testid="callback-no-answer"
        onClick={async () => {
          setBusy(true);
          await calls.act(row.row.revision, { kind: 'no_answer', note: '' });
          setBusy(false);
        }}
      >
        {t('followUp.callbacks.noAnswer')}
      </Button>
    </Space>
  );
}

function AnsweredVerdict({ row, by, onClose }: { row: CallbackRow; by: string; onClose: () => void }) {
  const { t } = useTranslation();
  const calls = useItemCalls(row.row.meetingId, row.row.id, by);
  return (
    <VerdictModal
      title={t('followUp.callbacks.verdictTitle', { title: row.row.title })}
      onClose={onClose}
      onSubmit={(v) => calls.act(row.row.revision, { kind: 'evaluate', channel: 'callback', ...v })}
    />
  );
}
