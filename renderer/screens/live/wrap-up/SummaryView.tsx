import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListType, type LiveSummary } from '../../../../shared/domain';
import { useOffice } from '../../../data/queries';
import { SUMMARY_STATES, departmentRows } from './summary-rows';

interface Line {
  key: string;
  label: string;
  value: string;
  /** Still open: the operator's eye should land here. */
  warn?: boolean;
}

/** 会议小结: the counts of the live record, compact in the close panel and large in its drawer. */
export function SummaryView({ summary, large = false }: { summary: LiveSummary; large?: boolean }) {
  const { t } = useTranslation();
  const office = useOffice();
  const questionLines: Line[] = [
    {
      key: 'received',
      label: t('liveWrapUp.summary.received'),
      value: t('liveWrapUp.summary.questionCount', { count: summary.received }),
    },
    ...SUMMARY_STATES.map((state) => ({
      key: state,
      label: t(`liveWrapUp.summary.${state}`),
      value: t('liveWrapUp.summary.questionCount', { count: summary.byState[state] ?? 0 }),
      warn: (state === 'waiting' || state === 'onScreen') && (summary.byState[state] ?? 0) > 0,
    })),
  ];
  const commitmentLines: Line[] = [
    {
      key: 'total',
      label: t('liveWrapUp.summary.commitmentsTotal'),
      value: t('liveWrapUp.summary.count', { count: summary.commitments }),
    },
    ...ListType.options.map((type) => ({
      key: type,
      label: t(`live.listTypes.${type}`),
      value: t('liveWrapUp.summary.count', { count: summary.byListType[type] ?? 0 }),
    })),
  ];
  const departments = departmentRows(summary, office.data?.departments ?? []);
  const fontSize = large ? 16 : 12;

  return (
    <div data-testid={large ? 'summary-large' : 'summary-compact'} style={{ fontSize }}>
      <Section title={t('liveWrapUp.summary.questions')} lines={questionLines} large={large} />
      <Section title={t('liveWrapUp.summary.commitments')} lines={commitmentLines} large={large} />
      <Typography.Text strong style={{ fontSize, display: 'block', marginTop: 4 }}>
        {t('liveWrapUp.summary.byDepartment')}
      </Typography.Text>
      {departments.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize }}>
          {t('liveWrapUp.summary.noCommitments')}
        </Typography.Text>
      ) : (
        <Grid
          large={large}
          lines={departments.map((d) => ({
            key: d.departmentId,
            label: d.name ?? t('liveWrapUp.summary.unknownDepartment'),
            value: t('liveWrapUp.summary.count', { count: d.count }),
          }))}
        />
      )}
    </div>
  );
}

function Section({ title, lines, large }: { title: string; lines: Line[]; large: boolean }) {
  return (
    <>
      <Typography.Text strong style={{ fontSize: large ? 16 : 12, display: 'block', marginTop: 4 }}>
        {title}
      </Typography.Text>
      <Grid lines={lines} large={large} />
    </>
  );
}

function Grid({ lines, large }: { lines: Line[]; large: boolean }) {
  return (
    <dl
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(2, minmax(0, 1fr) auto)',
        columnGap: large ? 24 : 8,
        rowGap: 2,
        margin: '2px 0 4px',
      }}
    >
      {lines.map((line) => (
        <div key={line.key} style={{ display: 'contents' }} data-summary-line={line.key}>
          <dt style={{ overflowWrap: 'anywhere', color: line.warn ? '#ad4e00' : undefined }}>{line.label}</dt>
          <dd style={{ margin: 0, textAlign: 'end', fontWeight: line.warn ? 600 : undefined }}>
            {line.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
