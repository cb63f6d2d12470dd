import {
  Alert,
  Button,
  Checkbox,
  Descriptions,
  Drawer,
  Empty,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Community, Department, FollowUpActionKind, FollowUpDetail } from '../../../shared/domain';
import { allowedActions } from '../../../shared/logic/follow-up/workflow';
import { formatShanghai } from '../../../shared/logic/shanghai-time';
import { useFollowUpDetail } from '../../data/follow-up-queries';
import { prefillFromFollowUp } from '../projects/make/make-project-draft';
import { MakeProjectButton } from '../projects/make/MakeProjectButton';
import { ReasonModal, ReplyModal, VerdictModal } from './ActionForms';
import { beijingToday } from './beijing-today';
import { DeadlineCell } from './DeadlineCell';
import { ItemFormModal, termsToDraft, type ItemTerms } from './ItemForm';
import { StateTag } from './StateTag';
import { useItemCalls } from './use-item-calls';

type Dialog = 'reply' | 'evaluate' | 'close_unsolved' | 'reopen' | 'edit' | null;

/** The buttons of the drawer, in the order allowedActions gives; milestones are toggled in their list. */
const BUTTONS: readonly FollowUpActionKind[] = ['start', 'reply', 'evaluate', 'close_unsolved', 'reopen'];

/** One item whole: its terms, where it came from, the steps its state allows, and its timeline. */
export function ItemDrawer({
  meetingId,
  id,
  by,
  departments,
  communities,
  onClose,
}: {
  meetingId: string;
  id: string;
  by: string;
  departments: readonly Department[];
  communities: readonly Community[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const detail = useFollowUpDetail(meetingId, id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const calls = useItemCalls(meetingId, id, by);
  const data = detail.data;

  return (
    <Drawer
      open
      width={Math.min(720, typeof window === 'undefined' ? 720 : window.innerWidth - 40)}
      title={t('followUp.drawer.title')}
      onClose={onClose}
      destroyOnHidden
      data-testid="follow-drawer"
    >
      {detail.isLoading ? <Spin /> : null}
      {detail.error ? <Alert type="error" showIcon message={t('followUp.drawer.loadFailed')} /> : null}
      {data ? (
        <DrawerBody
          data={data}
          departments={departments}
          communities={communities}
          onOpen={setDialog}
          onStart={() => void calls.act(data.item.revision, { kind: 'start', note: '' })}
          onMilestone={(milestoneId, done) =>
            void calls.act(data.item.revision, {
              kind: 'milestone',
              milestoneId,
              doneOn: done ? beijingToday() : null,
            })
          }
        />
      ) : null}
      {data && dialog === 'reply' ? (
        <ReplyModal
          title={t('followUp.actions.reply')}
          meetingId={meetingId}
          onClose={() => setDialog(null)}
          onSubmit={(v) => calls.act(data.item.revision, { kind: 'reply', ...v })}
        />
      ) : null}
      {data && dialog === 'evaluate' ? (
        <VerdictModal
          title={t('followUp.actions.evaluate')}
          onClose={() => setDialog(null)}
          onSubmit={(v) => calls.act(data.item.revision, { kind: 'evaluate', channel: 'visit', ...v })}
        />
      ) : null}
      {data && dialog === 'close_unsolved' ? (
        <ReasonModal
          title={t('followUp.actions.close_unsolved')}
          label={t('followUp.drawer.closeReason')}
          onClose={() => setDialog(null)}
          onSubmit={(reason) => calls.act(data.item.revision, { kind: 'close_unsolved', reason })}
        />
      ) : null}
      {data && dialog === 'reopen' ? (
        <ReasonModal
          title={t('followUp.actions.reopen')}
          label={t('followUp.drawer.reopenReason')}
          onClose={() => setDialog(null)}
          onSubmit={(reason) => calls.act(data.item.revision, { kind: 'reopen', reason })}
        />
      ) : null}
      {data && dialog === 'edit' ? (
        <ItemFormModal
          title={t('followUp.drawer.edit')}
          initial={termsOf(data)}
          withResident={false}
          departments={departments}
          communities={communities}
          onClose={() => setDialog(null)}
          onSubmit={(terms) => {
            const { resident: _resident, ...patch } = termsToDraft(terms);
            void _resident;
            return calls.update(data.item.revision, patch);
          }}
        />
      ) : null}
    </Drawer>
  );
}

function termsOf({ item }: FollowUpDetail): ItemTerms {
  return {
    title: item.title,
    listType: item.listType,
    leadDepartmentId: item.leadDepartmentId,
    coDepartmentIds: item.coDepartmentIds,
    owner: item.owner,
    deadline: item.deadline,
    milestones: item.milestones.map((m) => ({ text: m.text, dueDate: m.dueDate })),
    communityId: item.communityId,
    resident: item.resident,
  };
}

function DrawerBody({
  data,
  departments,
  communities,
  onOpen,
  onStart,
  onMilestone,
}: {
  data: FollowUpDetail;
  departments: readonly Department[];
  communities: readonly Community[];
  onOpen: (dialog: Dialog) => void;
  onStart: () => void;
  onMilestone: (milestoneId: string, done: boolean) => void;
}) {
  const { t } = useTranslation();
  const { item, row, question, timeline } = data;
  const allowed = allowedActions(item.state);
  const dept = (id: string | null) =>
    id === null ? t('followUp.notAssigned') : (departments.find((d) => d.id === id)?.name ?? id);
  const community = (id: string | null) =>
    id === null ? t('common.notSet') : (communities.find((c) => c.id === id)?.name ?? id);
  const none = t('common.notSet');

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="drawer-title">
          {item.title}
        </Typography.Title>
        <Space wrap>
          <StateTag state={item.state} />
          <Tag>{t(`live.listTypes.${item.listType}`)}</Tag>
          <DeadlineCell row={row} />
        </Space>
      </div>
      <Space wrap data-testid="drawer-actions">
        {BUTTONS.filter((kind) => allowed.includes(kind)).map((kind) => (
          <Button
            key={kind}
            type={kind === 'reply' || kind === 'evaluate' ? 'primary' : 'default'}
            danger={kind === 'close_unsolved'}
            data-testid={`act-${kind}`}
            onClick={() => (kind === 'start' ? onStart() : onOpen(kind as Dialog))}
          >
            {t(`followUp.actions.${kind}`)}
          </Button>
        ))}
        <Button onClick={() => onOpen('edit')} data-testid="act-edit">
          {t('followUp.drawer.edit')}
        </Button>
        <MakeProjectButton
          kind="followUp"
          meetingId={item.meetingId}
          refId={item.id}
          origin="followUp"
          size="middle"
          prefill={(office) => prefillFromFollowUp(item, office, question)}
        />
      </Space>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'lead', label: t('followUp.fields.lead'), children: dept(item.leadDepartmentId) },
          {
            key: 'co',
            label: t('followUp.fields.co'),
            children: item.coDepartmentIds.length
              ? item.coDepartmentIds.map((d) => dept(d)).join(t('common.listSeparator'))
              : none,
          },
          { key: 'owner', label: t('followUp.fields.owner'), children: item.owner || none },
          {
            key: 'deadline',
            label: t('followUp.fields.deadline'),
            children: item.deadline ?? t('followUp.deadline.none'),
          },
          { key: 'community', label: t('followUp.fields.community'), children: community(item.communityId) },
          {
            key: 'source',
            label: t('followUp.fields.source'),
            children: (
              <div data-testid="drawer-source">
                <Tag>{t(`followUp.sources.${item.source.kind}`)}</Tag>
                {question ? (
                  <div style={{ marginTop: 4 }}>
                    <Typography.Paragraph style={{ marginBottom: 0 }}>{question.text}</Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('followUp.drawer.askedAt', { at: formatShanghai(question.receivedAt) })}
                    </Typography.Text>
                  </div>
                ) : null}
                {item.workOrders.length ? (
                  <div style={{ marginTop: 4 }}>
                    {t('followUp.drawer.workOrders')}: {item.workOrders.join(t('common.listSeparator'))}
                  </div>
                ) : null}
              </div>
            ),
          },
          {
            key: 'resident',
            label: (
              <span>
                {t('followUp.fields.resident')}
                <br />
                <Typography.Text type="warning" style={{ fontSize: 12 }}>
                  {t('followUp.staffOnly')}
                </Typography.Text>
              </span>
            ),
            children:
              item.resident.name || item.resident.phone
                ? `${item.resident.name} ${item.resident.phone}`.trim()
                : (question?.askerName ?? none),
          },
        ]}
      />
      {item.milestones.length ? (
        <section aria-label={t('followUp.fields.milestones')}>
          <Typography.Text strong>{t('followUp.fields.milestones')}</Typography.Text>
          {item.milestones.map((m) => (
            <div key={m.id}>
              <Checkbox
                checked={m.doneOn !== null}
                disabled={!allowed.includes('milestone')}
                onChange={(e) => onMilestone(m.id, e.target.checked)}
              >
                {m.dueDate} {m.text}
                {m.doneOn ? (
                  <Typography.Text type="secondary">
                    {' '}
                    · {t('followUp.drawer.doneOn', { date: m.doneOn })}
                  </Typography.Text>
                ) : null}
              </Checkbox>
            </div>
          ))}
        </section>
      ) : null}
      {item.replies.length ? (
        <section aria-label={t('followUp.drawer.replies')}>
          <Typography.Text strong>{t('followUp.drawer.replies')}</Typography.Text>
          {item.replies.map((r) => (
            <div key={r.id} style={{ borderLeft: '3px solid #e6f4ff', paddingLeft: 8, marginTop: 6 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.date} · {r.by}
                {r.photos.length ? ` · ${t('followUp.drawer.photos', { count: r.photos.length })}` : ''}
              </Typography.Text>
              <div style={{ whiteSpace: 'pre-wrap' }}>{r.text}</div>
            </div>
          ))}
        </section>
      ) : null}
      <section aria-label={t('followUp.drawer.timeline')} data-testid="drawer-timeline">
        <Typography.Text strong>{t('followUp.drawer.timeline')}</Typography.Text>
        {timeline.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Timeline
            style={{ marginTop: 12 }}
            items={timeline.map((entry, i) => ({
              key: i,
              color: entry.phase === 'hall' ? 'gray' : 'blue',
              children: (
                <div data-testid="timeline-entry" data-kind={entry.kind}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatShanghai(entry.at)}
                    {entry.by ? ` · ${entry.by}` : ''}
                    {entry.phase === 'hall' ? ` · ${t('followUp.drawer.inHall')}` : ''}
                  </Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{entry.text}</div>
                </div>
              ),
            }))}
          />
        )}
      </section>
    </Space>
  );
}
