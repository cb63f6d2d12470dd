import { CopyOutlined, DeleteOutlined, EditOutlined, PlusOutlined, RestOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Input, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/api';
import type { Meeting } from '../../../shared/domain';
import { formatShanghai } from '../../../shared/logic/shanghai-time';
import { LevelTag, StatusTag } from '../../components/meeting-tags';
import { PageHeader } from '../../components/PageHeader';
import { call } from '../../data/call';
import { keys, useMeetingList, useOffice } from '../../data/queries';
import { useRunner } from '../../data/use-runner';
import { useNavigation } from '../../shell/navigation';
import { MeetingFormModal } from './MeetingFormModal';
import { InstallSampleButton, SampleBanner, SampleTag, showsSample } from './sample-office';
import { TrashDrawer } from './TrashDrawer';
import { useDeleteWithUndo } from './use-delete-with-undo';

type Editing = { meeting: Meeting | null } | null;

export function MeetingListScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { go } = useNavigation();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const list = useMeetingList(query);
  const office = useOffice();
  const run = useRunner();
  const queryClient = useQueryClient();
  const deleteWithUndo = useDeleteWithUndo();

  const communityName = useMemo(() => {
    const names = new Map((office.data?.communities ?? []).map((c) => [c.id, c.name]));
    return (id: string) => names.get(id) ?? t('meetings.unknownCommunity');
  }, [office.data, t]);

  // Ctrl+N: a new meeting from anywhere on this screen (Electron's menu sends the same accelerator).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        setEditing((current) => current ?? { meeting: null });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const open = (id: string) => go('workbench', id);

  const edit = async (id: string) => {
    const meeting = await run(() => call('meetings.get', { id }));
    if (meeting) setEditing({ meeting });
  };

  const duplicate = async (summary: MeetingSummary) => {
    const copy = await run(() => call('meetings.duplicate', { id: summary.id }));
    await queryClient.invalidateQueries({ queryKey: keys.meetings });
    if (copy) void message.success(t('meetings.duplicated', { title: copy.title }));
  };

  const columns: TableColumnsType<MeetingSummary> = [
    {
      key: 'title',
      title: t('meeting.fields.title'),
      dataIndex: 'title',
      ellipsis: true,
      render: (_: unknown, row) => (
        // A real button, so the title opens the meeting from the keyboard too.
        <Button
          type="link"
          title={row.title}
          onClick={() => open(row.id)}
          style={{ padding: 0, height: 'auto', maxWidth: '100%', display: 'block', textAlign: 'start' }}
        >
          <span
            style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
          >
            {row.sample ? (
              <>
                <SampleTag />{' '}
              </>
            ) : null}
            <span>{row.title}</span>
          </span>
        </Button>
      ),
    },
    {
      key: 'level',
      title: t('meeting.fields.level'),
      dataIndex: 'level',
      width: 104,
      render: (_: unknown, row) => <LevelTag level={row.level} />,
    },
    {
      key: 'startsAt',
      title: t('meeting.fields.startsAt'),
      dataIndex: 'startsAt',
      width: 158,
      sorter: (a, b) => a.startsAt.localeCompare(b.startsAt),
      defaultSortOrder: 'descend',
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (_: unknown, row) => formatShanghai(row.startsAt),
    },
    {
      key: 'venue',
      title: t('meeting.fields.venue'),
      dataIndex: 'venue',
      ellipsis: true,
      // Below 1200 px the title needs the room more than the venue does; the workbench shows both.
      responsive: ['xl'],
    },
    {
      key: 'communities',
      title: t('meeting.fields.communities'),
      dataIndex: 'communityIds',
      ellipsis: true,
      responsive: ['xxl'],
      render: (_: unknown, row) => row.communityIds.map(communityName).join(t('common.listSeparator')),
    },
    {
      key: 'status',
      title: t('meeting.fields.status'),
      dataIndex: 'status',
      width: 96,
      render: (_: unknown, row) => <StatusTag status={row.status} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 128,
      render: (_: unknown, row) => (
        <Space size={2}>
          <Tooltip title={t('common.edit')}>
            <Button
              type="text"
              icon={<EditOutlined />}
              aria-label={t('common.edit')}
              onClick={() => void edit(row.id)}
            />
          </Tooltip>
          <Tooltip title={t('meetings.duplicate')}>
            <Button
              type="text"
              icon={<CopyOutlined />}
              aria-label={t('meetings.duplicate')}
              onClick={() => void duplicate(row)}
            />
          </Tooltip>
          <Tooltip title={t('common.delete')}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('common.delete')}
              onClick={() => void deleteWithUndo(row)}
            />
          </Tooltip>
        </Space>
      ),
    },
  ];

  const meetings = list.data ?? [];
  const nothingYet = !list.isLoading && meetings.length === 0 && query.trim() === '';
  const sampleShown = showsSample(office.data, meetings);

  return (
    <section aria-labelledby="meetings-heading">
      <PageHeader
        id="meetings-heading"
        title={t('meetings.title')}
        extra={
          <Space wrap>
            <Input.Search
              allowClear
              placeholder={t('meetings.searchPlaceholder')}
              aria-label={t('meetings.search')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              style={{ width: 240 }}
            />
            <Button icon={<RestOutlined />} onClick={() => setTrashOpen(true)}>
              {t('trash.open')}
            </Button>
            <Tooltip title={t('meetings.newShortcut')}>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ meeting: null })}>
                {t('meetings.new')}
              </Button>
            </Tooltip>
          </Space>
        }
      />
      {sampleShown ? <SampleBanner /> : null}
      {list.isError ? (
        <Typography.Text type="danger">{t('errors.loadFailed')}</Typography.Text>
      ) : nothingYet ? (
        <Empty style={{ marginTop: 48 }} description={t('meetings.empty')}>
          <Space wrap style={{ justifyContent: 'center' }}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ meeting: null })}>
              {t('meetings.createFirst')}
            </Button>
            {sampleShown ? null : <InstallSampleButton />}
          </Space>
          {sampleShown ? null : (
            <Typography.Paragraph type="secondary" style={{ maxWidth: 520, margin: '12px auto 0' }}>
              {t('sample.offer')}
            </Typography.Paragraph>
          )}
        </Empty>
      ) : (
        <Table<MeetingSummary>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          columns={columns}
          dataSource={meetings}
          pagination={meetings.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: <Empty description={t('meetings.noMatch')} /> }}
          onRow={(row) => ({ onDoubleClick: () => open(row.id) })}
        />
      )}
      <MeetingFormModal
        open={editing !== null}
        meeting={editing?.meeting ?? null}
        onClose={() => setEditing(null)}
        onSaved={(saved) => void message.success(t('meetings.saved', { title: saved.title }))}
      />
      <TrashDrawer open={trashOpen} onClose={() => setTrashOpen(false)} />
    </section>
  );
}
