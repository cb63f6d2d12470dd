import { App, Button, Card, Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectPoolDocument, ProjectVote } from '../../../../shared/domain';
import { call } from '../../../data/call';
import { usePublicVote } from '../../../data/project-queries';
import { useRunner } from '../../../data/use-runner';
import { useOperatorName } from '../../live/operator';
import { ShowVote } from './ShowVote';
import { VoteResultView } from './VoteResultView';

type Pool = Omit<ProjectPoolDocument, 'schemaVersion'>;

interface TallyRow {
  projectId: string;
  name: string;
  town: string;
}

/** 现场计票: a count per candidate as read out in the hall, the voters present and who counted. */
function TallyEditor({ vote, pool }: { vote: ProjectVote; pool: Pool }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const run = useRunner();
  const { name: by } = useOperatorName();
  const [counts, setCounts] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(vote.tallies.map((x) => [x.projectId, x.votes])),
  );
  const [voters, setVoters] = useState<number | null>(vote.voters);
  const [counters, setCounters] = useState<string[]>(vote.counters);
  const rows: TallyRow[] = vote.candidateIds.map((id) => {
    const project = pool.projects.find((p) => p.id === id);
    return { projectId: id, name: project?.name ?? '—', town: project?.town ?? '' };
  });
  const tallies = () =>
    rows.flatMap((r) => {
      const v = counts[r.projectId];
      return v === null || v === undefined ? [] : [{ projectId: r.projectId, votes: v }];
    });
  const save = () =>
    run(() => call('projects.votes.tally', { voteId: vote.id, tallies: tallies(), voters, counters, by }));

  const close = () => {
    if (counters.length === 0) {
      void message.warning(t('projectVote.tally.needCounters'));
      return;
    }
    modal.confirm({
      title: t('projectVote.tally.close'),
      content: t('projectVote.tally.closeConfirm', { title: vote.title }),
      okText: t('projectVote.tally.close'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const saved = await save();
        if (!saved) return;
        const closed = await run(() => call('projects.votes.close', { voteId: vote.id, counters, by }));
        if (closed) void message.success(t('projectVote.tally.closed'));
      },
    });
  };

  return (
    <div data-testid="vote-tally">
      <Table<TallyRow>
        size="small"
        rowKey="projectId"
        pagination={false}
        dataSource={rows}
        columns={[
          { key: 'name', title: t('projectVote.result.name'), dataIndex: 'name' },
          {
            key: 'town',
            title: t('projectVote.result.town'),
            render: (_: unknown, r: TallyRow) => r.town || '—',
          },
          {
            key: 'votes',
            title: t('projectVote.tally.votes'),
            width: 160,
            render: (_: unknown, r: TallyRow) => (
              <InputNumber
                min={0}
                max={1_000_000}
                precision={0}
                value={counts[r.projectId] ?? null}
                onChange={(v) => setCounts((c) => ({ ...c, [r.projectId]: v }))}
                aria-label={`${t('projectVote.tally.votes')} ${r.name}`}
                data-testid="vote-tally-input"
              />
            ),
          },
        ]}
      />
      <Form layout="inline" style={{ marginTop: 12, rowGap: 8 }}>
        <Form.Item label={t('projectVote.tally.voters')}>
          <InputNumber
            min={0}
            precision={0}
            value={voters}
            onChange={(v) => setVoters(v)}
            aria-label={t('projectVote.tally.voters')}
          />
        </Form.Item>
        <Form.Item label={t('projectVote.tally.counters')}>
          <CountersInput value={counters} onChange={setCounters} testId="vote-counters" />
        </Form.Item>
      </Form>
      <Space style={{ marginTop: 12 }}>
        <Button
          onClick={() => void save().then((saved) => saved && message.success(t('projectVote.tally.saved')))}
        >
          {t('projectVote.tally.save')}
        </Button>
        <Button type="primary" danger onClick={close}>
          {t('projectVote.tally.close')}
        </Button>
      </Space>
    </div>
  );
}

/** 手机投票: the ballots so far (refreshed on projects.changed) and the button that ends it. */
function PhonesProgress({ vote, meetingTitle }: { vote: ProjectVote; meetingTitle: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const run = useRunner();
  const { name: by } = useOperatorName();
  const shown = usePublicVote(vote.id).data;
  const [counters, setCounters] = useState<string[]>(vote.counters);
  const close = () =>
    modal.confirm({
      title: t('projectVote.tally.close'),
      content: t('projectVote.tally.closeConfirm', { title: vote.title }),
      okText: t('projectVote.tally.close'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const closed = await run(() => call('projects.votes.close', { voteId: vote.id, counters, by }));
        if (closed) void message.success(t('projectVote.tally.closed'));
      },
    });
  return (
    <div data-testid="vote-phones">
      <Typography.Title level={5}>
        {t('projectVote.tally.phones', { count: vote.phoneBallots.length })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('projectVote.tally.phonesHint', { meeting: meetingTitle })}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="projectId"
        pagination={false}
        dataSource={shown?.candidates ?? []}
        columns={[
          { key: 'name', title: t('projectVote.result.name'), dataIndex: 'name' },
          {
            key: 'votes',
            title: t('projectVote.result.votes'),
            dataIndex: 'votes',
            align: 'right',
            width: 90,
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <CountersInput value={counters} onChange={setCounters} />
        <Button type="primary" danger onClick={close}>
          {t('projectVote.tally.close')}
        </Button>
      </Space>
    </div>
  );
}

/** The vote picked in the list: its count while open, its result once closed, and 投屏. */
export function VoteDetail({
  vote,
  pool,
  meetingTitle,
  onRunOff,
}: {
  vote: ProjectVote;
  pool: Pool;
  meetingTitle: string;
  onRunOff: (candidateIds: string[], places: number) => void;
}) {
  const shown = usePublicVote(vote.state === 'closed' ? vote.id : null).data;
  return (
    <Card
      data-testid="vote-detail"
      title={vote.title}
      extra={<ShowVote vote={vote} />}
      style={{ marginTop: 16 }}
    >
      {vote.state === 'open' && vote.method === 'tally' ? (
        <TallyEditor key={`${vote.id}`} vote={vote} pool={pool} />
      ) : null}
      {vote.state === 'open' && vote.method === 'phones' ? (
        <PhonesProgress vote={vote} meetingTitle={meetingTitle} />
      ) : null}
      {vote.state === 'closed' && shown ? <VoteResultView vote={shown} onRunOff={onRunOff} /> : null}
    </Card>
  );
}

/** 计票人 / 监票人 as tags: names trimmed, blanks dropped, at most 20 (the contract's bound). */
function CountersInput({
  value,
  onChange,
  testId,
}: {
  value: string[];
  onChange: (counters: string[]) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      mode="tags"
      style={{ minWidth: 280 }}
      value={value}
      onChange={(v: string[]) =>
        onChange(
          v
            .map((s) => s.trim())
            .filter(Boolean)
            .slice(0, 20),
        )
      }
      placeholder={t('projectVote.tally.countersPlaceholder')}
      open={false}
      aria-label={t('projectVote.tally.counters')}
      data-testid={testId}
    />
  );
}
