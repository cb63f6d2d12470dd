import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicVote } from '../../../../shared/domain';
import { formatShanghai } from '../../../../shared/logic/shanghai-time';

/** One ranking row with the candidate's name, category and 街镇 beside its count. */
export interface RankRow {
  projectId: string;
  rank: number;
  name: string;
  category: PublicVote['candidates'][number]['category'];
  town: string;
  votes: number;
  chosen: boolean;
  tied: boolean;
}

export function rankRows(vote: PublicVote): RankRow[] {
  if (!vote.result) return [];
  const tied = new Set(vote.result.tiedAtCutoff);
  const byId = new Map(vote.candidates.map((c) => [c.projectId, c]));
  return vote.result.ranking.map((r) => {
    const c = byId.get(r.projectId);
    return {
      projectId: r.projectId,
      rank: r.rank,
      name: c?.name ?? '—',
      category: c?.category ?? 'living',
      town: c?.town ?? '',
      votes: r.votes,
      chosen: r.chosen,
      tied: tied.has(r.projectId),
    };
  });
}

/**
 * The kept result: the ranking with each count, the margin between the last chosen and the first not
 * chosen, the candidates tied at the cutoff (their places open, a 组织复选 away), who counted, when.
 */
export function VoteResultView({
  vote,
  onRunOff,
}: {
  vote: PublicVote;
  onRunOff: (candidateIds: string[], places: number) => void;
}) {
  const { t } = useTranslation();
  const result = vote.result;
  if (!result) return null;
  const rows = rankRows(vote);
  const separator = t('common.listSeparator');
  const tiedNames = rows.filter((r) => r.tied).map((r) => r.name);
  return (
    <div data-testid="vote-result">
      <Table<RankRow>
        size="small"
        rowKey="projectId"
        pagination={false}
        dataSource={rows}
        columns={[
          { key: 'rank', title: t('projectVote.result.rank'), dataIndex: 'rank', width: 70 },
          { key: 'name', title: t('projectVote.result.name'), dataIndex: 'name' },
          {
            key: 'category',
            title: t('projectVote.result.category'),
            render: (_: unknown, r: RankRow) => t(`projectVote.category.${r.category}`),
          },
          {
            key: 'town',
            title: t('projectVote.result.town'),
            render: (_: unknown, r: RankRow) => r.town || '—',
          },
          {
            key: 'votes',
            title: t('projectVote.result.votes'),
            dataIndex: 'votes',
            align: 'right',
            width: 90,
          },
          {
            key: 'chosen',
            title: t('projectVote.result.chosen'),
            width: 110,
            render: (_: unknown, r: RankRow) =>
              r.chosen ? (
                <Tag color="green">{t('projectVote.result.chosen')}</Tag>
              ) : r.tied ? (
                <Tag color="orange">{t('projectVote.result.tied')}</Tag>
              ) : null,
          },
        ]}
      />
      <Space direction="vertical" style={{ marginTop: 12, width: '100%' }}>
        <Typography.Text strong data-testid="vote-margin">
          {result.margin === null
            ? t('projectVote.result.noMargin')
            : t('projectVote.result.margin', { count: result.margin })}
        </Typography.Text>
        {tiedNames.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            data-testid="vote-ties"
            title={t('projectVote.result.ties', {
              names: tiedNames.join(separator),
              places: result.placesOpen,
            })}
            action={
              <Button size="small" onClick={() => onRunOff(result.tiedAtCutoff, result.placesOpen)}>
                {t('projectVote.form.rerun')}
              </Button>
            }
          />
        ) : null}
        <Typography.Text>
          {vote.counters.length > 0
            ? t('projectVote.result.counters', { names: vote.counters.join(separator) })
            : t('projectVote.result.noCounters')}
        </Typography.Text>
        <Typography.Text type="secondary">
          {[
            vote.voters === null
              ? t('projectVote.result.votersUnknown')
              : t('projectVote.result.voters', { count: vote.voters }),
            vote.method === 'phones' ? t('projectVote.result.ballots', { count: result.ballots }) : null,
            vote.closedAt ? t('projectVote.result.closedAt', { at: formatShanghai(vote.closedAt) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
      </Space>
    </div>
  );
}
