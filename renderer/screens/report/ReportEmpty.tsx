import { CopyOutlined, FileTextOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Button, Card, Radio, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card as ReportCard, ReportTemplate } from '../../../shared/domain';
import { formatShanghai } from '../../../shared/logic/shanghai-time';
import { call } from '../../data/call';
import { useMeetingList } from '../../data/queries';
import { reportKeys } from '../../data/report-queries';
import { useRunner } from '../../data/use-runner';

/** Earlier meetings of the office whose report card has cards: the ones worth starting from. */
export function useMeetingsWithCards(meetingId: string) {
  const meetings = useMeetingList('');
  const others = (meetings.data ?? []).filter((m) => m.id !== meetingId);
  const reports = useQueries({
    queries: others.map((m) => ({
      queryKey: reportKeys.doc(m.id),
      queryFn: () => call('report.get', { meetingId: m.id }),
    })),
  });
  const withCards = others.filter((_, i) => (reports[i]?.data?.cards.length ?? 0) > 0);
  return { meetings: withCards, loading: meetings.isLoading || reports.some((r) => r.isLoading) };
}

/** The empty 报告 tab: three ways to a first report card, none of which needs a blank page. */
export function ReportEmpty({
  meetingId,
  onStart,
}: {
  meetingId: string;
  onStart: (cards: ReportCard[]) => void;
}) {
  const { t } = useTranslation();
  const run = useRunner();
  const [busy, setBusy] = useState<'draft' | 'meeting' | 'template' | null>(null);
  const [source, setSource] = useState<string | null>(null);
  const [template, setTemplate] = useState<ReportTemplate>('standard');
  const earlier = useMeetingsWithCards(meetingId);

  const go = async (which: 'draft' | 'meeting' | 'template') => {
    setBusy(which);
    const result = await run(() =>
      which === 'draft'
        ? call('report.draft', { meetingId })
        : which === 'meeting'
          ? call('report.startFrom', { meetingId, from: { kind: 'meeting', meetingId: source ?? '' } })
          : call('report.startFrom', { meetingId, from: { kind: 'template', template } }),
    );
    setBusy(null);
    if (result) onStart(result.cards);
  };

  return (
    <section aria-labelledby="report-empty-heading" style={{ maxWidth: 1080, margin: '8px auto' }}>
      <Typography.Title id="report-empty-heading" level={4}>
        {t('reportBuilder.empty.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('reportBuilder.empty.body')}</Typography.Paragraph>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: 16 }}>
        <Choice
          icon={<ThunderboltOutlined />}
          title={t('reportBuilder.empty.draftTitle')}
          body={t('reportBuilder.empty.draftBody')}
        >
          <Button
            type="primary"
            loading={busy === 'draft'}
            disabled={busy !== null}
            onClick={() => void go('draft')}
          >
            {t('reportBuilder.empty.draft')}
          </Button>
        </Choice>
        <Choice
          icon={<CopyOutlined />}
          title={t('reportBuilder.empty.meetingTitle')}
          body={t('reportBuilder.empty.meetingBody')}
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Select
              aria-label={t('reportBuilder.empty.meetingPick')}
              style={{ width: '100%' }}
              loading={earlier.loading}
              value={source ?? undefined}
              placeholder={
                earlier.loading || earlier.meetings.length > 0
                  ? t('reportBuilder.empty.meetingPick')
                  : t('reportBuilder.empty.meetingNone')
              }
              disabled={!earlier.loading && earlier.meetings.length === 0}
              onChange={(value: string) => setSource(value)}
              options={earlier.meetings.map((m) => ({
                value: m.id,
                label: t('reportBuilder.meetingOption', {
                  title: m.title,
                  date: formatShanghai(m.startsAt, 'YYYY-MM-DD'),
                }),
              }))}
            />
            <Button
              loading={busy === 'meeting'}
              disabled={busy !== null || source === null}
              onClick={() => void go('meeting')}
            >
              {t('reportBuilder.empty.meeting')}
            </Button>
          </Space>
        </Choice>
        <Choice
          icon={<FileTextOutlined />}
          title={t('reportBuilder.empty.templateTitle')}
          body={t('reportBuilder.empty.templateBody')}
        >
          <Space orientation="vertical">
            <Radio.Group
              aria-label={t('reportBuilder.empty.templateTitle')}
              value={template}
              onChange={(event) => setTemplate(event.target.value as ReportTemplate)}
              options={(['standard', 'short'] as const).map((value) => ({
                value,
                label: t(`reportBuilder.template.${value}`),
              }))}
            />
            <Button
              loading={busy === 'template'}
              disabled={busy !== null}
              onClick={() => void go('template')}
            >
              {t('reportBuilder.empty.template')}
            </Button>
          </Space>
        </Choice>
      </div>
    </section>
  );
}

function Choice({
  icon,
  title,
  body,
  children,
}: {
  icon: ReactNode;
  title: string;
  body: string;
  children: ReactNode;
}) {
  return (
    <Card>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <span style={{ color: '#1677ff', marginInlineEnd: 8 }}>{icon}</span>
        {title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ minHeight: 66 }}>
        {body}
      </Typography.Paragraph>
      {children}
    </Card>
  );
}
