import { DeleteOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Popconfirm, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain';
import { InlineText } from '../../components/InlineText';
import { ReorderButtons } from '../../components/ReorderButtons';
import { MergeDialog } from './MergeDialog';
import { useOfficeAction } from './use-office-action';

export interface DirectoryItem<K extends string> {
  id: string;
  name: string;
  kind: K;
  contact?: Contact;
}

/** What differs between the communities list and the departments list; the screen is the same. */
export interface DirectoryOps<K extends string> {
  /** i18n key prefix: `${prefix}.title`, `${prefix}.kindLabel`, … */
  prefix: 'communities' | 'departments';
  kinds: readonly K[];
  defaultKind: K;
  withContact: boolean;
  create: (name: string, kind: K) => Promise<unknown>;
  update: (id: string, patch: { name?: string; kind?: K; contact?: Contact }) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
  reorder: (ids: string[]) => Promise<unknown>;
  merge: (sourceId: string, targetId: string) => Promise<unknown>;
}

export function DirectoryCard<K extends string>({
  items,
  loading,
  ops,
}: {
  items: readonly DirectoryItem<K>[];
  loading: boolean;
  ops: DirectoryOps<K>;
}) {
  const { t } = useTranslation();
  const act = useOfficeAction();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<K>(ops.defaultKind);
  const [merging, setMerging] = useState(false);
  const ids = items.map((item) => item.id);
  const kindLabel = t(`${ops.prefix}.one`);
  const kindOptions = ops.kinds.map((value) => ({ value, label: t(`${ops.prefix}.kind.${value}`) }));

  const add = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    if ((await act(() => ops.create(trimmed, kind))) !== undefined) setName('');
  };

  const columns: TableColumnsType<DirectoryItem<K>> = [
    {
      key: 'order',
      title: t('directory.order'),
      width: 76,
      render: (_: unknown, item, index) => (
        <ReorderButtons
          ids={ids}
          index={index}
          name={item.name}
          onReorder={(next) => void act(() => ops.reorder(next))}
        />
      ),
    },
    {
      key: 'name',
      title: t('directory.name'),
      ellipsis: true,
      render: (_: unknown, item) => (
        <InlineText
          value={item.name}
          maxLength={100}
          placeholder=""
          editLabel={t('directory.rename', { name: item.name })}
          onSave={(next) => (next ? act(() => ops.update(item.id, { name: next })) : undefined)}
        />
      ),
    },
    {
      key: 'kind',
      title: t('directory.kind'),
      width: 156,
      render: (_: unknown, item) => (
        <Select<K>
          size="small"
          variant="borderless"
          value={item.kind}
          aria-label={t('directory.kindOf', { name: item.name })}
          options={kindOptions}
          onChange={(next) => void act(() => ops.update(item.id, { kind: next }))}
          style={{ width: '100%' }}
        />
      ),
    },
    ...(ops.withContact
      ? ([
          {
            key: 'person',
            title: t('departments.person'),
            width: 128,
            render: (_: unknown, item) => (
              <InlineText
                value={item.contact?.person ?? ''}
                maxLength={50}
                placeholder={t('common.notSet')}
                editLabel={t('departments.editPerson', { name: item.name })}
                onSave={(person) =>
                  act(() => ops.update(item.id, { contact: { person, phone: item.contact?.phone ?? '' } }))
                }
              />
            ),
          },
          {
            key: 'phone',
            title: t('departments.phone'),
            width: 150,
            render: (_: unknown, item) => (
              <InlineText
                value={item.contact?.phone ?? ''}
                maxLength={32}
                placeholder={t('common.notSet')}
                editLabel={t('departments.editPhone', { name: item.name })}
                onSave={(phone) =>
                  act(() => ops.update(item.id, { contact: { person: item.contact?.person ?? '', phone } }))
                }
              />
            ),
          },
        ] satisfies TableColumnsType<DirectoryItem<K>>)
      : []),
    {
      key: 'delete',
      title: '',
      width: 52,
      render: (_: unknown, item) => (
        <Popconfirm
          title={t('directory.deleteConfirm', { name: item.name })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => act(() => ops.remove(item.id))}
        >
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('directory.delete', { name: item.name })}
            title={t('directory.delete', { name: item.name })}
          />
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={t(`${ops.prefix}.title`)}
      extra={
        <Button icon={<MergeCellsOutlined />} disabled={items.length < 2} onClick={() => setMerging(true)}>
          {t('directory.merge')}
        </Button>
      }
    >
      <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
        <Input
          value={name}
          maxLength={100}
          aria-label={t(`${ops.prefix}.newName`)}
          placeholder={t(`${ops.prefix}.newName`)}
          onChange={(event) => setName(event.target.value)}
          onPressEnter={(event) => {
            if (!event.nativeEvent.isComposing) void add();
          }}
        />
        <Select<K>
          value={kind}
          options={kindOptions}
          onChange={setKind}
          aria-label={t('directory.kind')}
          style={{ width: 140, flex: 'none' }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void add()} disabled={!name.trim()}>
          {t('directory.add')}
        </Button>
      </Space.Compact>
      <Table<DirectoryItem<K>>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={[...items]}
        pagination={false}
        locale={{ emptyText: t(`${ops.prefix}.empty`) }}
      />
      <MergeDialog
        open={merging}
        items={items}
        kindLabel={kindLabel}
        onClose={() => setMerging(false)}
        onMerge={async (sourceId, targetId) => (await act(() => ops.merge(sourceId, targetId))) !== undefined}
      />
    </Card>
  );
}
