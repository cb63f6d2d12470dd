import { Alert, Card, Descriptions, Empty, Select, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BatchStats, CompletionCount, ProjectCategory } from '../../../../shared/domain/project';
import { formatRate } from '../../../../shared/logic/fraction';
import { CATEGORY_LABELS } from '../../../../shared/logic/projects/categories';
import { useProjectPool, useProjectStats } from '../../../data/project-queries';
import { defaultBatchId, formatDay } from './pool-model';

type CategoryRow = CompletionCount & { category: ProjectCategory };

/** 统计: one batch's figures, every rate with its denominator and the period it covers. */
export function StatsTab() {
  const { t } = useTranslation();
  const pool = useProjectPool();
  const stats = useProjectStats();
  const [chosen, setChosen] = useState<string | null>(null);

  if (pool.isLoading || stats.isLoading) return <Spin />;
  if (pool.error || stats.error) return <Alert type="error" showIcon message={t('projectPool.loadFailed')} />;
  const batches = pool.data?.batches ?? [];
  const all = stats.data ?? [];
  if (batches.length === 0 || all.length === 0) return <Empty description={t('projectPool.stats.none')} />;
  const batchId = chosen !== null && all.some((s) => s.batchId === chosen) ? chosen : defaultBatchId(batches);
  const s = all.find((x) => x.batchId === batchId) ?? all[all.length - 1]!;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="stats-tab">
      <Select
        aria-label={t('projectPool.batch')}
        style={{ minWidth: 160 }}
        value={s.batchId}
        onChange={setChosen}
        options={all.map((x) => ({ value: x.batchId, label: x.name }))}
      />
      <StatsSummary stats={s} />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: 16 }}>
        <Card size="small" title={t('projectPool.stats.byCategory')}>
          <CountTable
            testId="stats-by-category"
            rows={s.byCategory}
            nameTitle={t('projectPool.fields.category')}
            nameOf={(r) => CATEGORY_LABELS[(r as CategoryRow).category]}
          />
        </Card>
        <CategoryChart rows={s.byCategory} />
      </div>
      <Card size="small" title={t('projectPool.stats.byTown')}>
        <CountTable
          testId="stats-by-town"
          rows={s.byTown}
          nameTitle={t('projectPool.fields.town')}
          nameOf={(r) => r.name ?? t('projectPool.stats.noTown')}
          paged
        />
      </Card>
    </Space>
  );
}

function StatsSummary({ stats: s }: { stats: BatchStats }) {
  const { t, i18n } = useTranslation();
  const period = `${formatDay(s.period.from, i18n.language)}—${formatDay(s.period.to, i18n.language)}`;
  return (
    <Card size="small" data-testid="stats-summary">
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {t('projectPool.stats.period', { period })}
      </Typography.Paragraph>
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="stats-completion">
        {t('projectPool.stats.completion', {
          completed: s.completed,
          planned: s.planned,
          rate: formatRate(s.rate),
        })}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 2, md: 6 }}>
        <Descriptions.Item label={t('projectPool.stats.new')}>{s.newProjects}</Descriptions.Item>
        <Descriptions.Item label={t('projectPool.stats.carriedIn')}>{s.carriedIn}</Descriptions.Item>
        <Descriptions.Item label={t('projectPool.stats.late')}>{s.late}</Descriptions.Item>
        <Descriptions.Item label={t('projectPool.stats.unfinished')}>{s.unfinished}</Descriptions.Item>
        <Descriptions.Item label={t('projectPool.stats.carriedOut')}>{s.carriedOut}</Descriptions.Item>
        <Descriptions.Item label={t('projectPool.stats.funds')}>
          {t('projectPool.stats.fundsValue', {
            spent: s.fundsSpentYuan.toLocaleString(),
            planned: s.fundsPlannedYuan.toLocaleString(),
          })}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function CountTable({
  rows,
  nameTitle,
  nameOf,
  testId,
  paged = false,
}: {
  rows: readonly CompletionCount[];
  nameTitle: string;
  nameOf: (row: CompletionCount) => string;
  testId: string;
  paged?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<CompletionCount>
      size="small"
      data-testid={testId}
      rowKey={(r) => nameOf(r)}
      dataSource={[...rows]}
      pagination={paged && rows.length > 20 ? { pageSize: 20 } : false}
      columns={[
        { title: nameTitle, render: (_: unknown, r) => nameOf(r) },
        { title: t('projectPool.stats.planned'), dataIndex: 'planned', width: 80, align: 'right' },
        { title: t('projectPool.stats.completed'), dataIndex: 'completed', width: 80, align: 'right' },
        {
          title: t('projectPool.stats.rate'),
          width: 150,
          align: 'right',
          render: (_: unknown, r) =>
            r.planned === 0 ? '—' : `${formatRate(r.rate)}（${r.completed}/${r.planned}）`,
        },
        { title: t('projectPool.stats.late'), dataIndex: 'late', width: 70, align: 'right' },
      ]}
    />
  );
}

/** Planned against completed per category, the figures on the bars so nothing depends on hovering. */
function CategoryChart({ rows }: { rows: readonly CategoryRow[] }) {
  const { t } = useTranslation();
  const data = rows.map((r) => ({
    name: CATEGORY_LABELS[r.category],
    planned: r.planned,
    completed: r.completed,
  }));
  const summary = data
    .map((d) => t('projectPool.stats.chartRow', { name: d.name, completed: d.completed, planned: d.planned }))
    .join('；');
  return (
    <Card size="small" title={t('projectPool.stats.chartTitle')} data-testid="stats-chart">
      <div role="img" aria-label={`${t('projectPool.stats.chartTitle')}：${summary}`}>
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar
              dataKey="planned"
              name={t('projectPool.stats.planned')}
              fill="#91caff"
              isAnimationActive={false}
            >
              <LabelList dataKey="planned" position="top" fontSize={12} />
            </Bar>
            <Bar
              dataKey="completed"
              name={t('projectPool.stats.completed')}
              fill="#1677ff"
              isAnimationActive={false}
            >
              <LabelList dataKey="completed" position="top" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
