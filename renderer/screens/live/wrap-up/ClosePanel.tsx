import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Drawer, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '../../../../shared/api';
import { formatShanghai } from '../../../../shared/logic/shanghai-time';
import { apiErrorOf } from '../../../data/api-failure';
import { call } from '../../../data/call';
import { useLiveStatus } from '../../../data/live-queries';
import { useRunner } from '../../../data/use-runner';
import { useErrorText } from '../../../i18n/use-error-text';
import { useOperatorName } from '../operator';
import { ProjectorPanelButton } from './ProjectorPanelButton';
import { ReferRestModal, type ReferRestChoice } from './ReferRestModal';
import { SummaryView } from './SummaryView';
import { requestQuestionSelection } from './select-question';

/** The end of the meeting: the summary, the close (refused while a question is open), the reopen. */
export function ClosePanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const status = useLiveStatus(meetingId);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const data = status.data;

  return (
    <Card
      size="small"
      title={t('liveWrapUp.close.title')}
      data-testid="close-panel"
      loading={status.isPending}
      styles={{ body: { padding: 8 } }}
      extra={
        <Button size="small" onClick={() => setSummaryOpen(true)} disabled={!data}>
          {t('liveWrapUp.summary.open')}
        </Button>
      }
    >
      {data && (
        <>
          {data.closing ? (
            <ClosedState meetingId={meetingId} status={data} />
          ) : (
            // A refusal belongs to the record it was made on: starting or wiping a rehearsal forgets it.
            <CloseActions key={data.rehearsal?.startedAt ?? 'real'} meetingId={meetingId} status={data} />
          )}
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 8 }}>
            <Typography.Text strong>{t('liveWrapUp.summary.title')}</Typography.Text>
            <span style={{ marginInlineStart: 'auto' }}>
              <ProjectorPanelButton meetingId={meetingId} panel="summary" />
            </span>
          </div>
          <SummaryView summary={data.summary} />
          <Drawer
            open={summaryOpen}
            onClose={() => setSummaryOpen(false)}
            title={t('liveWrapUp.summary.title')}
            size={560}
            extra={<ProjectorPanelButton meetingId={meetingId} panel="summary" />}
          >
            {data.rehearsal && (
              <Alert
                type="warning"
                showIcon
                title={t('liveWrapUp.summary.rehearsal')}
                style={{ marginBottom: 12 }}
              />
            )}
            <SummaryView summary={data.summary} large />
          </Drawer>
        </>
      )}
    </Card>
  );
}

function CloseActions({ meetingId, status }: { meetingId: string; status: LiveStatus }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const run = useRunner();
  const { name: by } = useOperatorName();
  /** The service's words when it last refused the close; the list under it is always the current one. */
  const [refusal, setRefusal] = useState<{ text: string; blocked: boolean } | null>(null);
  const [referring, setReferring] = useState(false);
  const [busy, setBusy] = useState(false);
  const blockers = status.blockers;

  const close = async (): Promise<boolean> => {
    try {
      await call('live.close', { meetingId, by });
      setRefusal(null);
      void message.success(t('liveWrapUp.close.closedOk'));
      return true;
    } catch (error) {
      setRefusal({ text: errorText(apiErrorOf(error)), blocked: blockers.length > 0 });
      return false;
    }
  };

  const askClose = () =>
    modal.confirm({
      title: t('liveWrapUp.close.confirmTitle'),
      content: t('liveWrapUp.close.confirmBody'),
      okText: t('liveWrapUp.close.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: () => close(),
    });

  const referAndClose = async ({ dueDate, departmentId }: ReferRestChoice) => {
    setBusy(true);
    const referred = await run(() => call('questions.referRest', { meetingId, dueDate, departmentId, by }));
    if (referred) {
      void message.success(t('liveWrapUp.referRest.done', { count: referred.referred }));
      setReferring(false);
      await close();
    }
    setBusy(false);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={6}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('liveWrapUp.close.followUp')}
      </Typography.Text>
      {status.rehearsal && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('liveWrapUp.close.rehearsalNote')}
        </Typography.Text>
      )}
      <Space wrap size={6}>
        <Button type="primary" danger onClick={askClose} data-testid="close-meeting">
          {t('liveWrapUp.close.button')}
        </Button>
        {blockers.length > 0 && (
          <Button onClick={() => setReferring(true)}>{t('liveWrapUp.referRest.button')}</Button>
        )}
      </Space>
      {/* Once every question it named has an outcome, the refusal is history. */}
      {refusal !== null && !(refusal.blocked && blockers.length === 0) && (
        <Alert
          type="error"
          style={{ padding: '6px 10px' }}
          data-testid="close-refused"
          title={t('liveWrapUp.close.refused')}
          description={
            <>
              {/* The service names every question too; two lines of it leave room for the list. */}
              <Typography.Paragraph
                style={{ overflowWrap: 'anywhere', marginBottom: 0, fontSize: 12 }}
                ellipsis={{ rows: 2, expandable: true, symbol: t('liveWrapUp.close.more') }}
              >
                {refusal.text}
              </Typography.Paragraph>
              {blockers.length > 0 && <BlockerList status={status} />}
            </>
          }
        />
      )}
      <ReferRestModal
        open={referring}
        count={blockers.length}
        busy={busy}
        onOk={(choice) => void referAndClose(choice)}
        onCancel={() => setReferring(false)}
      />
    </Space>
  );
}

function BlockerList({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  return (
    <div data-testid="close-blockers">
      <Typography.Text strong style={{ display: 'block', marginTop: 4 }}>
        {t('liveWrapUp.close.blockersTitle', { count: status.blockers.length })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('liveWrapUp.close.blockerHint')}
      </Typography.Text>
      <ol style={{ margin: '4px 0 0', paddingInlineStart: 20, maxHeight: 160, overflowY: 'auto' }}>
        {status.blockers.map((b) => (
          <li key={b.questionId}>
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
              onClick={() => requestQuestionSelection(b.questionId)}
              data-question-id={b.questionId}
            >
              <span style={{ overflowWrap: 'anywhere' }}>
                {t('liveWrapUp.close.blocker', { excerpt: b.excerpt, state: t(`live.states.${b.state}`) })}
              </span>
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function ClosedState({ meetingId, status }: { meetingId: string; status: LiveStatus }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const run = useRunner();
  const { name: by } = useOperatorName();
  const closing = status.closing;
  if (!closing) return null;

  const askReopen = () =>
    modal.confirm({
      title: t('liveWrapUp.close.reopenConfirmTitle'),
      content: t('liveWrapUp.close.reopenConfirmBody'),
      okText: t('liveWrapUp.close.reopenOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const done = await run(() => call('live.reopen', { meetingId, by }));
        if (done) void message.success(t('liveWrapUp.close.reopened'));
      },
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={6} data-testid="meeting-closed">
      <Alert
        type="success"
        style={{ padding: '8px 12px' }}
        showIcon
        icon={<CheckCircleOutlined />}
        title={t('liveWrapUp.close.closed')}
        description={
          <>
            <div>
              {t('liveWrapUp.close.closedAt', {
                time: formatShanghai(closing.closedAt),
                by: closing.closedBy,
              })}
            </div>
            {closing.writtenBy && <div>{t('liveWrapUp.close.writtenBy', { date: closing.writtenBy })}</div>}
          </>
        }
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('liveWrapUp.close.followUp')}
      </Typography.Text>
      <Button onClick={askReopen}>{t('liveWrapUp.close.reopen')}</Button>
    </Space>
  );
}
