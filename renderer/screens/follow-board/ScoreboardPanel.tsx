import { Alert, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { DepartmentScore } from '../../../shared/domain/follow-up';
import { useScoreboard } from '../../data/follow-board-queries';
import type { FollowScope } from '../follow-up/FollowUpStage';
import { rateWithFraction, splitByRank } from './board-figures';
import { CommunityRatingForm } from './CommunityRatingForm';
import { SolvedRateChart } from './SolvedRateChart';

function useColumns(withRank: boolean): ColumnsType<DepartmentScore> {
  const { t } = useTranslation();
  const count = (key: keyof DepartmentScore, title: string) => ({
    key,
    title,
    dataIndex: key,
    align: 'right' as const,
    width: 64,
  });
  const columns: ColumnsType<DepartmentScore> = [
    {
      key: 'name',
      title: t('followBoard.score.col.department'),
      dataIndex: 'name',
      ellipsis: true,
      width: 140,
      fixed: 'left',
    },
    count('items', t('followBoard.score.col.items')),
    count('onTime', t('followBoard.score.col.onTime')),
    count('overdue', t('followBoard.score.col.overdue')),
    {
      key: 'solved',
      title: t('followBoard.score.col.solved'),
      render: (_, d) => rateWithFraction(d.solved, d.items),
      align: 'right',
      width: 116,
    },
    count('partlySolved', t('followBoard.score.col.partlySolved')),
    count('closedUnsolved', t('followBoard.score.col.closedUnsolved')),
    {
      key: 'solvedInWeek',
      title: t('followBoard.score.col.solvedInWeek'),
      render: (_, d) => rateWithFraction(d.solvedInWeek, d.items),
      align: 'right',
      width: 116,
    },
    {
      key: 'satisfaction',
      title: t('followBoard.score.col.satisfaction'),
      render: (_, d) => rateWithFraction(d.satisfied, d.rated),
      align: 'right',
      width: 116,
    },
    {
      key: 'community',
      title: t('followBoard.score.col.community'),
      render: (_, d) => rateWithFraction(d.communitySatisfied, d.communityRated),
      align: 'right',
      width: 116,
    },
  ];
  if (!withRank) return columns;
  return [
    {
      key: 'rank',
      title: t('followBoard.score.col.rank'),
      dataIndex: 'rank',
      width: 64,
      fixed: 'left',
      render: (rank: number | null) => (rank === null ? '—' : <Tag color="blue">{rank}</Tag>),
    },
    ...columns,
  ];
}

/** 部门成绩榜: every rate with its fraction and period; small departments shown but not ranked. */
export function ScoreboardPanel({ meetingId, scope }: { meetingId: string; scope: FollowScope }) {
  const { t } = useTranslation();
  const board = useScoreboard(scope === 'meeting' ? meetingId : null);
  const rankedColumns = useColumns(true);
  const plainColumns = useColumns(false);
  const data = board.data;

  if (board.isError) return <Alert type="error" showIcon message={t('followBoard.loadFailed')} />;
  if (!data) return <Card loading />;

  const { ranked, unranked } = splitByRank(data.departments);
  const totals = data.totals;
  const period = data.from
    ? t('followBoard.score.period', { from: data.from, to: data.asOf, count: totals.items })
    : t('followBoard.score.periodNoStart', { to: data.asOf, count: totals.items });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="scoreboard">
      <div>
        <Typography.Text strong>
          {scope === 'meeting' ? t('followBoard.score.scopeMeeting') : t('followBoard.score.scopeOffice')}
        </Typography.Text>
        <Typography.Paragraph style={{ margin: '4px 0 0' }} data-testid="scoreboard-period">
          {period}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ margin: 0 }} data-testid="scoreboard-week">
          {t('followBoard.score.weekLine', {
            count: totals.solvedInWeek,
            of: totals.items,
            rate: rateWithFraction(totals.solvedInWeek, totals.items),
          })}
        </Typography.Paragraph>
        {data.unassigned > 0 && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('followBoard.score.unassigned', { count: data.unassigned })}
          </Typography.Paragraph>
        )}
      </div>
      {data.departments.length === 0 ? (
        <Empty description={t('followBoard.score.empty')} />
      ) : (
        <>
          <Card size="small" title={t('followBoard.score.rankedTitle', { min: data.rankMinItems })}>
            <Table<DepartmentScore>
              data-testid="scoreboard-ranked"
              size="small"
              rowKey="departmentId"
              columns={rankedColumns}
              dataSource={ranked}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('followBoard.none') }}
            />
          </Card>
          {unranked.length > 0 && (
            <Card size="small" title={t('followBoard.score.unrankedTitle', { min: data.rankMinItems })}>
              <Table<DepartmentScore>
                data-testid="scoreboard-unranked"
                size="small"
                rowKey="departmentId"
                columns={plainColumns}
                dataSource={unranked}
                pagination={false}
                scroll={{ x: 'max-content' }}
              />
            </Card>
          )}
          <SolvedRateChart ranked={ranked} />
        </>
      )}
      <CommunityRatingForm meetingId={meetingId} />
    </Space>
  );
}
