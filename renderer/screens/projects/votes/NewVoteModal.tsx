import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select, Transfer, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectPoolDocument, VoteMethod } from '../../../../shared/domain';
import { currentBatchId, isFinished } from '../../../../shared/logic/projects/project-state';
import { apiErrorOf } from '../../../data/api-failure';
import { call } from '../../../data/call';
import { useMeetingList } from '../../../data/queries';
import { useErrorText } from '../../../i18n/use-error-text';
import { useOperatorName } from '../../live/operator';

type Pool = Omit<ProjectPoolDocument, 'schemaVersion'>;

/** What 新建票决 starts from: empty, or a run-off among the candidates tied at the cutoff. */
export interface VotePrefill {
  batchId: string | null;
  title: string | null;
  places: number | null;
  candidateIds: string[];
}

export const EMPTY_PREFILL: VotePrefill = { batchId: null, title: null, places: null, candidateIds: [] };

/** The open batch, else the latest: where a new vote is held unless the operator picks another. */
export function defaultBatchId(pool: Pool): string | null {
  const open = pool.batches.filter((b) => b.closedOn === null);
  const pick = (open.length > 0 ? open : pool.batches).reduce<Pool['batches'][number] | null>(
    (best, b) => (best === null || b.number > best.number ? b : best),
    null,
  );
  return pick?.id ?? null;
}

/**
 * 新建票决: a batch, a title, the places and the candidates chosen from the batch's unfinished
 * projects; the hint says whether the vote is 差额 (more candidates than places), and the service's
 * refusal is shown in the dialog as it came.
 */
export function NewVoteModal({
  pool,
  prefill,
  onClose,
  onCreated,
}: {
  pool: Pool;
  prefill: VotePrefill;
  onClose: () => void;
  onCreated: (voteId: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { name: by } = useOperatorName();
  const meetings = useMeetingList('').data ?? [];
  const [batchId, setBatchId] = useState<string | null>(prefill.batchId ?? defaultBatchId(pool));
  const [title, setTitle] = useState(prefill.title ?? t('projectVote.form.defaultName'));
  const [places, setPlaces] = useState<number | null>(prefill.places ?? 1);
  const [candidateIds, setCandidateIds] = useState<string[]>(prefill.candidateIds);
  const [method, setMethod] = useState<VoteMethod>('tally');
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const choices = useMemo(
    () =>
      pool.projects
        .filter(
          (p) =>
            (batchId !== null && currentBatchId(p) === batchId && !isFinished(p)) ||
            prefill.candidateIds.includes(p.id),
        )
        .map((p) => ({
          key: p.id,
          title: p.name,
          description: [t(`projectVote.category.${p.category}`), p.town].filter(Boolean).join(' · '),
        })),
    [batchId, pool.projects, prefill.candidateIds, t],
  );

  const count = candidateIds.length;
  const differential = places !== null && count > places;

  const submit = async () => {
    if (batchId === null || places === null) return;
    if (method === 'phones' && meetingId === null) {
      setRefusal(t('projectVote.form.needMeeting'));
      return;
    }
    setSaving(true);
    setRefusal(null);
    try {
      const vote = await call('projects.votes.create', {
        batchId,
        title,
        places,
        candidateIds,
        method,
        meetingId: method === 'phones' ? meetingId : null,
        by,
      });
      void message.success(t('projectVote.form.created', { title: vote.title }));
      onCreated(vote.id);
    } catch (error) {
      setRefusal(errorText(apiErrorOf(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={860}
      title={t('projectVote.form.title')}
      okText={t('projectVote.form.submit')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      okButtonProps={{ loading: saving, disabled: batchId === null || places === null }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical" data-testid="new-vote-form">
        <Form.Item label={t('projectVote.form.batch')}>
          <Select
            value={batchId ?? undefined}
            onChange={(id: string) => {
              setBatchId(id);
              setCandidateIds([]);
            }}
            options={pool.batches.map((b) => ({ value: b.id, label: b.name }))}
            aria-label={t('projectVote.form.batch')}
          />
        </Form.Item>
        <Form.Item label={t('projectVote.form.name')}>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        </Form.Item>
        <Form.Item label={t('projectVote.form.places')}>
          <InputNumber
            min={1}
            max={1000}
            precision={0}
            value={places}
            onChange={(v) => setPlaces(v)}
            aria-label={t('projectVote.form.places')}
          />
        </Form.Item>
        <Form.Item label={t('projectVote.form.candidates')} extra={t('projectVote.form.candidatesHint')}>
          <Transfer
            dataSource={choices}
            targetKeys={candidateIds}
            onChange={(keys) => setCandidateIds(keys.map(String))}
            render={(item) => (
              <span>
                {item.title}
                {item.description ? (
                  <Typography.Text type="secondary"> · {item.description}</Typography.Text>
                ) : null}
              </span>
            )}
            showSearch
            filterOption={(input, item) =>
              `${item.title} ${item.description}`.toLowerCase().includes(input.trim().toLowerCase())
            }
            titles={[t('projectVote.form.source'), t('projectVote.form.target')]}
            locale={{ searchPlaceholder: t('projectVote.form.search') }}
            listStyle={{ width: 380, height: 300 }}
          />
        </Form.Item>
        <Alert
          data-testid="new-vote-hint"
          type={differential ? 'success' : 'warning'}
          showIcon
          title={
            differential
              ? t('projectVote.form.differential', { candidates: count, places })
              : t('projectVote.form.notDifferential', { candidates: count, places: places ?? '—' })
          }
          style={{ marginBottom: 16 }}
        />
        <Form.Item label={t('projectVote.form.method')}>
          <Radio.Group
            value={method}
            onChange={(e) => setMethod(e.target.value as VoteMethod)}
            options={(['tally', 'phones'] as const).map((m) => ({
              value: m,
              label: t(`projectVote.method.${m}`),
            }))}
          />
        </Form.Item>
        {method === 'phones' ? (
          <Form.Item label={t('projectVote.form.meeting')}>
            <Select
              value={meetingId ?? undefined}
              onChange={(id: string) => setMeetingId(id)}
              placeholder={t('projectVote.form.meetingPlaceholder')}
              options={meetings.map((m) => ({ value: m.id, label: m.title }))}
              aria-label={t('projectVote.form.meeting')}
            />
          </Form.Item>
        ) : null}
        {refusal ? <Alert data-testid="new-vote-refusal" type="error" showIcon title={refusal} /> : null}
      </Form>
    </Modal>
  );
}
