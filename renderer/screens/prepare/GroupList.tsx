import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpinionGroup } from '../../../shared/domain';
import { call } from '../../data/call';
import { followUpKeys, useSentGroupIds } from '../../data/follow-up-queries';
import { opinionKeys, useOpinionGroups } from '../../data/opinion-queries';
import { useOffice } from '../../data/queries';
import { useRunner } from '../../data/use-runner';
import { useOperatorName } from '../live/operator';
import { prefillFromGroup } from '../projects/make/make-project-draft';
import { MakeProjectButton } from '../projects/make/MakeProjectButton';

/** 重大事项 and 民生任务库 of the meeting; a group's count opens the rows it holds. */
export function GroupList({
  meetingId,
  onShowRows,
}: {
  meetingId: string;
  onShowRows: (group: OpinionGroup) => void;
}) {
  const { t } = useTranslation();
  const groups = useOpinionGroups(meetingId);
  const office = useOffice();
  const run = useRunner();
  const client = useQueryClient();
  const { message } = App.useApp();
  const { name: by } = useOperatorName();
  const sent = useSentGroupIds(meetingId);
  const departments = new Map((office.data?.departments ?? []).map((d) => [d.id, d.name]));
  const all = groups.data ?? [];
  if (all.length === 0) return null;
  const items = all.filter((g) => g.kind === 'item').length;

  const remove = async (group: OpinionGroup) => {
    await run(() => call('groups.delete', { meetingId, id: group.id }));
    void client.invalidateQueries({ queryKey: opinionKeys.groups(meetingId) });
  };

  // 送交跟踪: a 重大事项 becomes a follow-up item with its work orders; one sent before is skipped.
  const send = async (group: OpinionGroup) => {
    const result = await run(() => call('followUps.sendGroups', { meetingId, groupIds: [group.id], by }));
    if (!result) return;
    void client.invalidateQueries({ queryKey: followUpKeys.all });
    void message.success(t('followUp.sendGroups.sent', { created: result.created, skipped: result.skipped }));
  };

  return (
    <section aria-label={t('groups.title')} style={{ marginTop: 16 }}>
      <Typography.Title level={5}>
        {t('groups.heading', { items, tasks: all.length - items })}
      </Typography.Title>
      <Table<OpinionGroup>
        size="small"
        rowKey="id"
        dataSource={all}
        pagination={all.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 1030 }}
        columns={[
          {
            key: 'kind',
            title: t('groups.fields.kind'),
            width: 100,
            render: (_, g) => (
              <Tag color={g.kind === 'item' ? 'blue' : 'purple'}>{t(`groups.kind.${g.kind}`)}</Tag>
            ),
          },
          { key: 'title', title: t('groups.fields.title'), dataIndex: 'title', ellipsis: true },
          {
            key: 'department',
            title: t('groups.fields.department'),
            width: 150,
            ellipsis: true,
            render: (_, g) =>
              g.departmentId
                ? (departments.get(g.departmentId) ?? t('groups.unknownDepartment'))
                : t('common.notSet'),
          },
          {
            key: 'list',
            title: t('groups.fields.listType'),
            width: 160,
            render: (_, g) => (
              <Space size={4} wrap>
                <span>{t(`listType.${g.listType}`)}</span>
                {g.term ? <Tag>{t(`goalTerm.${g.term}`)}</Tag> : null}
              </Space>
            ),
          },
          {
            key: 'count',
            title: t('groups.fields.count'),
            width: 90,
            render: (_, g) => (
              <Button
                type="link"
                size="small"
                onClick={() => onShowRows(g)}
                aria-label={t('groups.showRows', { title: g.title })}
              >
                {g.opinionIds.length}
              </Button>
            ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 290,
            render: (_, g) => (
              <Space size={4} wrap>
                {g.kind === 'item' ? (
                  sent.has(g.id) ? (
                    <Tag color="green" data-testid="group-sent">
                      {t('followUp.sendGroups.already')}
                    </Tag>
                  ) : (
                    <Button size="small" onClick={() => void send(g)} data-testid="group-send">
                      {t('followUp.sendGroups.button')}
                    </Button>
                  )
                ) : null}
                <MakeProjectButton
                  kind="group"
                  meetingId={meetingId}
                  refId={g.id}
                  origin={g.kind === 'item' ? 'group' : 'task'}
                  prefill={(office) => prefillFromGroup(meetingId, g, office)}
                />
                <Popconfirm
                  title={t('groups.deleteConfirm')}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void remove(g)}
                >
                  <Button size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}
