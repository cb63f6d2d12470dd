import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, InputNumber, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartScoreView } from '../../../../shared/domain';
import { call } from '../../../data/call';
import { useScores } from '../../../data/live-queries';
import { useRunner } from '../../../data/use-runner';
import { useOperatorName } from '../operator';
import { ProjectorPanelButton } from './ProjectorPanelButton';
import {
  TALLY_LEVELS,
  channelFigure,
  draftOf,
  parseHands,
  sameDraft,
  type HandsDraft,
  type ScoreChannel,
  type ScoreFigure,
} from './score-figures';

/**
 * The channel's name, the three counts and the row's buttons, column for column under one header, so
 * the show of hands and the phones line up and a row stays one line at 1024 px.
 */
const ROW_GRID = {
  display: 'grid',
  gridTemplateColumns: '36px repeat(3, minmax(40px, 60px)) auto',
  gap: 4,
  alignItems: 'center',
} as const;

/**
 * 群众打分: one row per report part, the show of hands typed in and the phones' votes beside it
 * (read only), each channel's total stated with its own votes. Never summed: a resident who raised a
 * hand and tapped a phone would count twice.
 */
export function ScoresPanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const scores = useScores(meetingId);
  const parts = scores.data?.parts ?? [];
  return (
    <Card
      size="small"
      title={t('liveWrapUp.scores.title')}
      extra={<ProjectorPanelButton meetingId={meetingId} panel="scores" />}
      data-testid="scores-panel"
      loading={scores.isPending}
      styles={{ body: { padding: 8 } }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('liveWrapUp.scores.hint')}
      </Typography.Text>
      {parts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('liveWrapUp.scores.empty')} />
      ) : (
        <div style={{ ...ROW_GRID, fontSize: 12, marginTop: 4 }} aria-hidden>
          <span />
          {TALLY_LEVELS.map((level) => (
            <span key={level}>{t(`liveWrapUp.scores.${level}`)}</span>
          ))}
        </div>
      )}
      {parts.map((part) => (
        <ScoreRow key={part.partId} meetingId={meetingId} part={part} />
      ))}
    </Card>
  );
}

function ScoreRow({ meetingId, part }: { meetingId: string; part: PartScoreView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useRunner();
  const { name: by } = useOperatorName();
  const stored = draftOf(part.hands);
  const [draft, setDraft] = useState<HandsDraft>(stored);
  // A save here or on another console replaces what the row shows, without remounting it (focus stays).
  const storedKey = JSON.stringify(part.hands);
  const [shownKey, setShownKey] = useState(storedKey);
  if (shownKey !== storedKey) {
    setShownKey(storedKey);
    setDraft(stored);
  }
  const [busy, setBusy] = useState(false);
  const dirty = !sameDraft(draft, stored);

  const save = async (from?: HTMLElement) => {
    const parsed = parseHands(draft);
    if (!parsed.ok) {
      void message.error(t(`liveWrapUp.scores.problems.${parsed.problem}`));
      return;
    }
    setBusy(true);
    const done = await run(() =>
      call('scores.set', { meetingId, partId: part.partId, hands: parsed.tally, by }),
    );
    setBusy(false);
    if (done) {
      void message.success(t('liveWrapUp.scores.saved', { part: part.title }));
      if (from) focusNextRow(from);
    }
  };

  const clear = async () => {
    setBusy(true);
    const done = await run(() => call('scores.set', { meetingId, partId: part.partId, hands: null, by }));
    setBusy(false);
    if (done) void message.success(t('liveWrapUp.scores.cleared', { part: part.title }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save(event.currentTarget);
    }
  };

  return (
    <div
      data-testid="score-row"
      data-part-id={part.partId}
      style={{ borderTop: '1px solid rgba(5, 5, 5, 0.06)', padding: '6px 0' }}
    >
      <Typography.Text strong style={{ display: 'block', overflowWrap: 'anywhere' }}>
        {part.title}
        {dirty && (
          <Tag color="orange" style={{ marginInlineStart: 8 }}>
            {t('liveWrapUp.scores.unsaved')}
          </Tag>
        )}
      </Typography.Text>
      <div style={{ ...ROW_GRID, marginTop: 4 }}>
        <Typography.Text style={{ fontSize: 12 }}>{t('liveWrapUp.scores.hands')}</Typography.Text>
        {TALLY_LEVELS.map((level) => (
          <InputNumber
            key={level}
            size="small"
            controls={false}
            style={{ width: '100%' }}
            value={draft[level]}
            // A non-number typed stays out of the draft; parseHands then names what is missing.
            onChange={(value) =>
              setDraft((d) => ({ ...d, [level]: typeof value === 'number' ? value : null }))
            }
            onKeyDown={onKeyDown}
            aria-label={t('liveWrapUp.scores.inputLabel', {
              part: part.title,
              level: t(`liveWrapUp.scores.${level}`),
            })}
          />
        ))}
        <Space size={4}>
          <Tooltip title={t('liveWrapUp.scores.save')}>
            <Button
              size="small"
              type={dirty ? 'primary' : 'default'}
              icon={<SaveOutlined />}
              loading={busy}
              aria-label={t('liveWrapUp.scores.save')}
              onClick={() => void save()}
            />
          </Tooltip>
          <Popconfirm
            title={t('liveWrapUp.scores.clearConfirm', { part: part.title })}
            okText={t('liveWrapUp.scores.clearOk')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => clear()}
            disabled={part.hands === null}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('liveWrapUp.scores.clear')}
              title={t('liveWrapUp.scores.clear')}
              disabled={part.hands === null || busy}
            />
          </Popconfirm>
        </Space>
      </div>
      <div style={{ ...ROW_GRID, marginTop: 4 }} data-testid="score-phones">
        <Typography.Text style={{ fontSize: 12 }}>{t('liveWrapUp.scores.phonesChannel')}</Typography.Text>
        {TALLY_LEVELS.map((level) => (
          <Typography.Text
            key={level}
            style={{ paddingInline: 7, fontVariantNumeric: 'tabular-nums' }}
            aria-label={t('liveWrapUp.scores.phoneLabel', {
              part: part.title,
              level: t(`liveWrapUp.scores.${level}`),
            })}
          >
            {part.phoneVotes === 0 ? '—' : part.phones[level]}
          </Typography.Text>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('liveWrapUp.scores.readOnly')}
        </Typography.Text>
      </div>
      <div style={{ fontSize: 12, marginTop: 4, display: 'flex', flexDirection: 'column' }}>
        {(['hands', 'phones'] as const).map((channel) => (
          <ChannelTotal key={channel} channel={channel} figure={channelFigure(part, channel)} />
        ))}
      </div>
    </div>
  );
}

/** One channel's "满意 + 基本满意 x / y 票" (the rate from MIN_RATE_DENOMINATOR votes), or "—". */
function ChannelTotal({ channel, figure }: { channel: ScoreChannel; figure: ScoreFigure | null }) {
  const { t } = useTranslation();
  return (
    <span
      data-testid={channel === 'hands' ? 'score-total' : 'score-total-phones'}
      style={{ overflowWrap: 'anywhere' }}
    >
      <Typography.Text type="secondary">
        {t(channel === 'hands' ? 'liveWrapUp.scores.hands' : 'liveWrapUp.scores.phonesChannel')}{' '}
      </Typography.Text>
      <Typography.Text>
        {figure === null
          ? t('liveWrapUp.scores.noVotes')
          : figure.rate === null
            ? t('liveWrapUp.scores.total', { positive: figure.positive, votes: figure.votes })
            : t('liveWrapUp.scores.totalWithRate', {
                positive: figure.positive,
                votes: figure.votes,
                rate: figure.rate,
              })}
      </Typography.Text>
    </span>
  );
}

/** After Enter saved a row, the next part's first count takes the keyboard, as on a paper tally sheet. */
function focusNextRow(from: HTMLElement): void {
  const next = from.closest('[data-testid="score-row"]')?.nextElementSibling;
  next?.querySelector<HTMLInputElement>('input')?.focus();
}
