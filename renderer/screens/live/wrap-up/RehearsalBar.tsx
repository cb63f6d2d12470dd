import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '../../../../shared/api';
import { formatShanghai } from '../../../../shared/logic/shanghai-time';
import { call } from '../../../data/call';
import { useLiveStatus } from '../../../data/live-queries';
import { useRunner } from '../../../data/use-runner';

/**
 * 彩排: a small start button while none runs; while one runs, a banner across the stage that no one
 * can mistake for the real meeting, with the wipe.
 */
export function RehearsalBar({ meetingId }: { meetingId: string }) {
  const status = useLiveStatus(meetingId);
  if (!status.data) return null;
  return status.data.rehearsal ? (
    <RehearsalBanner meetingId={meetingId} status={status.data} startedAt={status.data.rehearsal.startedAt} />
  ) : (
    <StartRehearsal meetingId={meetingId} />
  );
}

function StartRehearsal({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const [open, setOpen] = useState(false);
  const [withTestData, setWithTestData] = useState(true);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    const started = await run(() => call('rehearsal.start', { meetingId, withTestData }));
    setBusy(false);
    if (started) {
      setOpen(false);
      void message.success(t('liveWrapUp.rehearsal.started'));
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
      <Button size="small" icon={<ExperimentOutlined />} onClick={() => setOpen(true)}>
        {t('liveWrapUp.rehearsal.start')}
      </Button>
      <Modal
        open={open}
        title={t('liveWrapUp.rehearsal.startTitle')}
        okText={t('liveWrapUp.rehearsal.startOk')}
        cancelText={t('common.cancel')}
        onOk={() => void start()}
        onCancel={() => setOpen(false)}
        confirmLoading={busy}
      >
        <Space orientation="vertical">
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            {t('liveWrapUp.rehearsal.startBody')}
          </Typography.Paragraph>
          <Checkbox checked={withTestData} onChange={(e) => setWithTestData(e.target.checked)}>
            {t('liveWrapUp.rehearsal.withTestData')}
          </Checkbox>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('liveWrapUp.rehearsal.withTestDataHint')}
          </Typography.Text>
        </Space>
      </Modal>
    </div>
  );
}

function RehearsalBanner({
  meetingId,
  status,
  startedAt,
}: {
  meetingId: string;
  status: LiveStatus;
  startedAt: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const wipe = async () => {
    setBusy(true);
    const wiped = await run(() => call('rehearsal.wipe', { meetingId }));
    setBusy(false);
    if (wiped) {
      setOpen(false);
      void message.success(t('liveWrapUp.rehearsal.wiped', wiped));
    }
  };

  return (
    <>
      <Alert
        type="warning"
        showIcon
        icon={<ExperimentOutlined />}
        data-testid="rehearsal-banner"
        style={{ borderWidth: 2, borderColor: '#d46b08', padding: '4px 12px' }}
        title={
          <span>
            <strong>{t('liveWrapUp.rehearsal.banner')}</strong>
            <span style={{ marginInlineStart: 12, fontSize: 12 }}>
              {t('liveWrapUp.rehearsal.since', { time: formatShanghai(startedAt) })}
            </span>
          </span>
        }
        action={
          <Button danger size="small" onClick={() => setOpen(true)}>
            {t('liveWrapUp.rehearsal.wipe')}
          </Button>
        }
      />
      <Modal
        open={open}
        title={t('liveWrapUp.rehearsal.wipeTitle')}
        okText={t('liveWrapUp.rehearsal.wipeOk')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onOk={() => void wipe()}
        onCancel={() => setOpen(false)}
        confirmLoading={busy}
      >
        <Typography.Paragraph data-testid="wipe-scope">
          {t('liveWrapUp.rehearsal.wipeBody', {
            questions: status.summary.received,
            commitments: status.summary.commitments,
          })}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
