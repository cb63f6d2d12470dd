import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opinion, OpinionGroupKind } from '../../../shared/domain';
import { call } from '../../data/call';
import { opinionKeys, useOpinionPage } from '../../data/opinion-queries';
import { useRunner } from '../../data/use-runner';
import { opinionColumns } from './opinion-format';

const PAGE_SIZE = 50;

/** The meeting's opinions, a page at a time from the service (tens of thousands never reach the screen at once). */
export function OpinionTable({
  meetingId,
  onEdit,
  onGroup,
}: {
  meetingId: string;
  onEdit: (opinion: Opinion) => void;
  onGroup: (kind: OpinionGroupKind, ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const run = useRunner();
  const client = useQueryClient();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<string[]>([]);
  const rows = useOpinionPage(meetingId, query, (page - 1) * pageSize, pageSize);

  const remove = async (opinion: Opinion) => {
    await run(() => call('opinions.delete', { meetingId, id: opinion.id }));
    setSelected((s) => s.filter((id) => id !== opinion.id));
    void client.invalidateQueries({ queryKey: opinionKeys.meeting(meetingId) });
  };

  return (
    <section aria-label={t('opinionTable.title')}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t('opinionTable.search')}
          placeholder={t('opinionTable.search')}
          style={{ width: 280 }}
          onSearch={(value) => {
            setQuery(value);
            setPage(1);
          }}
          onChange={(e) => {
            if (e.target.value === '') {
              setQuery('');
              setPage(1);
            }
          }}
        />
        <Typography.Text type="secondary">
          {t('opinionTable.selected', { count: selected.length })}
        </Typography.Text>
        <Space wrap style={{ marginInlineStart: 'auto' }}>
          <Button disabled={selected.length === 0} onClick={() => onGroup('item', selected)}>
            {t('groups.makeItem')}
          </Button>
          <Button disabled={selected.length === 0} onClick={() => onGroup('task', selected)}>
            {t('groups.makeTask')}
          </Button>
        </Space>
      </div>
      <Table<Opinion>
        size="small"
        rowKey="id"
        tableLayout="fixed"
        loading={rows.isFetching && !rows.data}
        dataSource={rows.data?.rows ?? []}
        scroll={{ x: 1180 }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(String)),
        }}
        pagination={{
          current: page,
          pageSize,
          total: rows.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('opinionTable.total', { count: total }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          ...opinionColumns<Opinion>(t),
          {
            key: 'actions',
            title: t('common.actions'),
            width: 96,
            fixed: 'right',
            render: (_, r) => (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t('opinionTable.editOne')}
                  onClick={() => onEdit(r)}
                />
                <Popconfirm
                  title={t('opinionTable.deleteConfirm')}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void remove(r)}
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('opinionTable.deleteOne')}
                  />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}
