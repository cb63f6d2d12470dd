import { DesktopOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment, Department, ListType } from '../../../../shared/domain';
import { formatShanghai } from '../../../../shared/logic/shanghai-time';
import { call } from '../../../data/call';
import { usePresentation } from '../../../data/report-queries';
import { useLiveCall } from '../use-live-call';

export const LIST_TYPE_COLORS: Record<ListType, string> = {
  immediate: 'red',
  deadline: 'gold',
  ongoing: 'geekblue',
};

interface Props {
  meetingId: string;
  commitments: readonly Commitment[];
  loading: boolean;
  departments: readonly Department[];
  onEdit: (commitment: Commitment) => void;
  onAnnounce: () => void;
}

function ChangesDrawer({
  commitment,
  departmentName,
  onClose,
}: {
  commitment: Commitment;
  departmentName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // Department ids are stored as they were; show them by name where the office still has them.
  const readable = (field: Commitment['changes'][number]['field'], value: string) => {
    if (!value) return '—';
    if (field === 'leadDepartmentId') return departmentName(value);
    if (field === 'coDepartmentIds') {
      try {
        const ids = JSON.parse(value) as unknown;
        if (Array.isArray(ids))
          return ids.map((id) => departmentName(String(id))).join(t('common.listSeparator')) || '—';
      } catch {
        return value;
      }
    }
    if (field === 'listType' && ['immediate', 'deadline', 'ongoing'].includes(value)) {
      return t(`live.listTypes.${value}`);
    }
    return value;
  };
  const changes = [...commitment.changes].reverse();
  return (
    <Drawer
      open
      onClose={onClose}
      size={420}
      title={t('liveConsole.commitments.changesTitle')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{commitment.text}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('liveConsole.commitments.createdBy', {
          by: commitment.createdBy || '—',
          at: formatShanghai(commitment.createdAt),
        })}
      </Typography.Paragraph>
      {changes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('liveConsole.commitments.noChanges')} />
      ) : (
        <Timeline
          data-testid="commitment-changes"
          items={changes.map((c, i) => ({
            key: `${c.at}-${i}`,
            content: (
              <div>
                <Typography.Text strong>{t(`liveConsole.commitments.fields.${c.field}`)}</Typography.Text>
                <div style={{ overflowWrap: 'anywhere' }}>
                  {readable(c.field, c.from)} → {readable(c.field, c.to)}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('liveConsole.history.byAt', { by: c.by, at: formatShanghai(c.at) })}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}

/** 当场承诺 of this meeting: what, which list, who leads with whom, by when; each editable with a record. */
export function CommitmentList({ meetingId, commitments, loading, departments, onEdit, onAnnounce }: Props) {
  const { t } = useTranslation();
  const live = useLiveCall(meetingId);
  const presentation = usePresentation(meetingId);
  const [changesOf, setChangesOf] = useState<string | null>(null);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const departmentName = (id: string) => names.get(id) ?? t('liveConsole.commitments.unknownDepartment');
  const shownId = presentation.data?.overlays.commitment ? presentation.data.commitmentId : null;
  const opened = commitments.find((c) => c.id === changesOf) ?? null;

  const show = (c: Commitment) =>
    void live(() =>
      call('presentation.act', { meetingId, action: { kind: 'showCommitment', commitmentId: c.id } }),
    );

  return (
    <section aria-label={t('liveConsole.commitments.title')} data-testid="commitment-list">
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }}>
        <Typography.Text strong style={{ flex: 1 }}>
          {t('liveConsole.commitments.count', { count: commitments.length })}
        </Typography.Text>
        <Button size="small" type="primary" icon={<PlusOutlined />} onClick={onAnnounce}>
          {t('liveConsole.commitments.announce')}
        </Button>
      </div>
      {commitments.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={loading ? t('liveConsole.list.loading') : t('liveConsole.commitments.empty')}
        />
      ) : (
        <ul
          style={{
            listStyle: 'none',
            padding: 0,
            margin: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: 6,
          }}
        >
          {[...commitments].reverse().map((c) => (
            <li
              key={c.id}
              data-testid="commitment-item"
              data-list-type={c.listType}
              style={{
                border: `1px solid ${c.id === shownId ? '#1677ff' : '#f0f0f0'}`,
                borderRadius: 6,
                padding: '6px 8px',
              }}
            >
              <button
                type="button"
                onClick={() => onEdit(c)}
                title={t('liveConsole.commitments.editHint')}
                style={{
                  all: 'unset',
                  cursor: 'pointer',
                  display: 'block',
                  width: '100%',
                  overflowWrap: 'anywhere',
                }}
              >
                <Tag color={LIST_TYPE_COLORS[c.listType]} style={{ marginInlineEnd: 6 }}>
                  {t(`live.listTypes.${c.listType}`)}
                </Tag>
                <Typography.Text>{c.text}</Typography.Text>
                <div style={{ fontSize: 12, color: '#595959', marginTop: 2 }}>
                  {t('liveConsole.commitments.lead', { name: departmentName(c.leadDepartmentId) })}
                  {c.coDepartmentIds.length > 0
                    ? ` · ${t('liveConsole.commitments.co', {
                        names: c.coDepartmentIds.map(departmentName).join(t('common.listSeparator')),
                      })}`
                    : ''}
                </div>
                <div style={{ fontSize: 12, color: '#595959' }}>
                  {c.deadline
                    ? t('liveConsole.commitments.deadline', { date: c.deadline })
                    : t('liveConsole.commitments.noDeadline')}
                  {c.owner ? ` · ${t('liveConsole.commitments.owner', { name: c.owner })}` : ''}
                  {c.milestones.length > 0
                    ? ` · ${t('liveConsole.commitments.milestones', { count: c.milestones.length })}`
                    : ''}
                </div>
              </button>
              <div style={{ display: 'flex', gap: 4, marginTop: 4, flexWrap: 'wrap' }}>
                <Button
                  size="small"
                  icon={<DesktopOutlined />}
                  type={c.id === shownId ? 'primary' : 'default'}
                  onClick={() => show(c)}
                >
                  {c.id === shownId ? t('liveConsole.commitments.shown') : t('liveConsole.commitments.show')}
                </Button>
                <Button size="small" icon={<HistoryOutlined />} onClick={() => setChangesOf(c.id)}>
                  {t('liveConsole.commitments.changes', { count: c.changes.length })}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {opened ? (
        <ChangesDrawer
          commitment={opened}
          departmentName={departmentName}
          onClose={() => setChangesOf(null)}
        />
      ) : null}
    </section>
  );
}
