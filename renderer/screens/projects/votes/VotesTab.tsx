import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectVote } from '../../../../shared/domain';
import { useProjectPool } from '../../../data/project-queries';
import { useMeetingList } from '../../../data/queries';
import { EMPTY_PREFILL, NewVoteModal, type VotePrefill } from './NewVoteModal';
import { VoteDetail } from './VoteDetail';

/** 当选 N 个, or the tie left open; "—" while the vote runs. */
function useSummary(): (vote: ProjectVote) => string {
  const { t } = useTranslation();
  return (vote) => {
    const result = vote.result;
    if (!result) return t('projectVote.summary.none');
    const parts = [t('projectVote.summary.chosen', { count: result.chosen.length })];
    if (result.tiedAtCutoff.length > 0) {
      parts.push(
        t('projectVote.summary.tied', { count: result.tiedAtCutoff.length, places: result.placesOpen }),
      );
    }
    return parts.join(t('common.listSeparator'));
  };
}

/**
 * 差额票决: every vote of the pool by batch, a new one from the batch's unfinished projects, the
 * count of the one picked (tallies or phones) and its kept result, and 投屏.
 */
export function VotesTab() {
  const { t } = useTranslation();
  const pool = useProjectPool().data;
  const meetings = useMeetingList('').data ?? [];
  const summary = useSummary();
  const [batchFilter, setBatchFilter] = useState<string | null>(null);
  const [creating, setCreating] = useState<VotePrefill | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  if (!pool) return null;
  if (pool.batches.length === 0) return <Empty description={t('projectVote.noBatch')} />;
  const batchName = new Map(pool.batches.map((b) => [b.id, b.name]));
  const votes = pool.votes
    .filter((v) => batchFilter === null || v.batchId === batchFilter)
    .slice()
    .sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  const picked = pool.votes.find((v) => v.id === selected) ?? null;
  const meetingTitle = (id: string | null) => meetings.find((m) => m.id === id)?.title ?? '—';

  return (
    <div data-testid="votes-tab">
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          style={{ minWidth: 200 }}
          value={batchFilter ?? ''}
          onChange={(v: string) => setBatchFilter(v === '' ? null : v)}
          options={[
            { value: '', label: t('projectVote.allBatches') },
            ...pool.batches.map((b) => ({ value: b.id, label: b.name })),
          ]}
          aria-label={t('projectVote.batch')}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(EMPTY_PREFILL)}
          data-testid="vote-create"
        >
          {t('projectVote.create')}
        </Button>
      </Space>
      {votes.length === 0 ? (
        <Empty description={t('projectVote.empty')} />
      ) : (
        <Table<ProjectVote>
          size="middle"
          rowKey="id"
          pagination={false}
          dataSource={votes}
          rowClassName={(v) => (v.id === selected ? 'ant-table-row-selected' : '')}
          onRow={(v) => ({ onClick: () => setSelected(v.id) })}
          columns={[
            { key: 'title', title: t('projectVote.columns.title'), dataIndex: 'title' },
            {
              key: 'batch',
              title: t('projectVote.batch'),
              render: (_: unknown, v: ProjectVote) => batchName.get(v.batchId) ?? '—',
            },
            { key: 'places', title: t('projectVote.columns.places'), dataIndex: 'places', width: 70 },
            {
              key: 'candidates',
              title: t('projectVote.columns.candidates'),
              width: 70,
              render: (_: unknown, v: ProjectVote) => v.candidateIds.length,
            },
            {
              key: 'method',
              title: t('projectVote.columns.method'),
              render: (_: unknown, v: ProjectVote) =>
                v.method === 'phones'
                  ? `${t('projectVote.method.phones')} · ${meetingTitle(v.meetingId)}`
                  : t('projectVote.method.tally'),
            },
            {
              key: 'state',
              title: t('projectVote.columns.state'),
              width: 90,
              render: (_: unknown, v: ProjectVote) => (
                <Tag color={v.state === 'open' ? 'blue' : 'default'}>{t(`projectVote.state.${v.state}`)}</Tag>
              ),
            },
            {
              key: 'result',
              title: t('projectVote.columns.result'),
              render: (_: unknown, v: ProjectVote) => summary(v),
            },
            {
              key: 'actions',
              title: t('projectVote.columns.actions'),
              width: 110,
              render: (_: unknown, v: ProjectVote) => (
                <Button size="small" onClick={() => setSelected(v.id)} data-testid="vote-open">
                  {t(v.state === 'open' ? 'projectVote.open' : 'projectVote.view')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {picked ? (
        <VoteDetail
          key={picked.id}
          vote={picked}
          pool={pool}
          meetingTitle={meetingTitle(picked.meetingId)}
          onRunOff={(candidateIds, places) =>
            setCreating({
              batchId: picked.batchId,
              title: t('projectVote.form.rerunTitle', { title: picked.title }),
              places,
              candidateIds,
            })
          }
        />
      ) : null}
      {creating ? (
        <NewVoteModal
          pool={pool}
          prefill={creating}
          onClose={() => setCreating(null)}
          onCreated={(id) => {
            setCreating(null);
            setSelected(id);
          }}
        />
      ) : null}
    </div>
  );
}
