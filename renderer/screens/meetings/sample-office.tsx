import { DeleteOutlined, ExperimentOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/api';
import type { Office } from '../../../shared/domain';
import { call } from '../../data/call';
import { keys } from '../../data/queries';
import { useRunner } from '../../data/use-runner';

/** Whether any part of the sample office is still there, so the list can say so and offer removal. */
export function showsSample(office: Office | undefined, meetings: readonly MeetingSummary[]): boolean {
  if (meetings.some((m) => m.sample)) return true;
  if (!office) return false;
  return (
    office.sampleProfile === true ||
    office.communities.some((c) => c.sample) ||
    office.departments.some((d) => d.sample)
  );
}

export function SampleTag() {
  const { t } = useTranslation();
  return (
    <Tag color="gold" style={{ marginInlineEnd: 0 }}>
      {t('sample.tag')}
    </Tag>
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.meetings }),
      queryClient.invalidateQueries({ queryKey: keys.office }),
    ]);
}

/** The empty meeting list's second offer: see a full meeting before entering one's own. */
export function InstallSampleButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const install = async () => {
    setBusy(true);
    const counts = await run(() => call('sample.install', {}));
    await refresh();
    setBusy(false);
    if (counts) void message.success(t('sample.installed', counts));
  };
  return (
    <Button icon={<ExperimentOutlined />} loading={busy} onClick={() => void install()}>
      {t('sample.install')}
    </Button>
  );
}

/** Says the list holds sample data, and takes it away in one step. */
export function SampleBanner() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const run = useRunner();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const remove = () =>
    modal.confirm({
      title: t('sample.removeTitle'),
      content: t('sample.removeExplain'),
      okText: t('sample.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        setBusy(true);
        const removal = await run(() => call('sample.remove', {}));
        await refresh();
        setBusy(false);
        if (!removal) return;
        const kept = removal.kept.communities + removal.kept.departments;
        void message.success(
          t('sample.removed', removal.removed) + (kept > 0 ? t('sample.keptUsed', removal.kept) : ''),
        );
      },
    });
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('sample.bannerTitle')}
      description={t('sample.bannerExplain')}
      action={
        <Button danger icon={<DeleteOutlined />} loading={busy} onClick={remove}>
          {t('sample.remove')}
        </Button>
      }
    />
  );
}
