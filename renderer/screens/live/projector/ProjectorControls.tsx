import { App, Button, Card, InputNumber, Segmented, Space, Switch, Typography } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView, PresentationState, ReportView } from '../../../../shared/domain';
import { apiErrorOf } from '../../../data/api-failure';
import { useLivePublic } from '../../../data/live-queries';
import { usePresentation, useReportView } from '../../../data/report-queries';
import { useErrorText } from '../../../i18n/use-error-text';
import { LiveLayer } from '../../../projector/live/LiveLayer';
import { nativeSize } from '../../../report/card-style';
import { durationText, pacingOf } from '../../console/pacing';
import { ProjectorPreview, shownOnProjector } from '../../console/ProjectorPreview';
import { useNow } from '../../console/use-now';
import { ANSWER_PRESETS, suggestedAnswerSeconds } from './answer-time';
import { CountdownReadout } from './CountdownReadout';
import { CountdownButtons, SwitchButtons } from './SwitchButtons';
import { useLiveSwitches } from './use-live-switches';

const PREVIEW_WIDTH = 240;

/** The agenda divider that opened the part the shown card is in, if any. */
function dividerOf(visible: readonly CardView[], state: PresentationState) {
  const card = visible.find((c) => c.id === state.cardId) ?? visible[state.index];
  if (!card || card.part === null) return null;
  const dividers = visible.filter((c): c is Extract<CardView, { kind: 'agenda' }> => c.kind === 'agenda');
  return dividers[card.part] ?? null;
}

/** The part's planned minutes and time used, and the answer time that suits it. */
function PartPacing({
  state,
  visible,
  onSuggest,
}: {
  state: PresentationState;
  visible: readonly CardView[];
  onSuggest: (seconds: number) => void;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const divider = dividerOf(visible, state);
  if (!divider)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="part-pacing">
        {t('liveProjector.controls.noPart')}
      </Typography.Text>
    );
  const pacing = pacingOf(state.partStartedAt, divider.plannedMinutes, now);
  const title = divider.title || t('reportConsole.kinds.agenda');
  const used = durationText(pacing.elapsedMs);
  const suggestion = suggestedAnswerSeconds(divider.plannedMinutes, pacing.remainingMs);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
      <Typography.Text
        data-testid="part-pacing"
        data-status={pacing.status}
        type={pacing.status === 'over' ? 'danger' : undefined}
        style={{ fontSize: 12 }}
      >
        {divider.plannedMinutes === null
          ? t('liveProjector.controls.partUnplanned', { title, used })
          : t('liveProjector.controls.part', { title, planned: divider.plannedMinutes, used })}
      </Typography.Text>
      {suggestion !== null && suggestion !== state.countdown.seconds ? (
        <Button
          size="small"
          type="link"
          style={{ padding: 0 }}
          data-testid="answer-suggest"
          onClick={() => onSuggest(suggestion)}
        >
          {t('liveProjector.controls.suggest', { time: durationText(suggestion * 1000) })}
        </Button>
      ) : null}
    </div>
  );
}

/** Why the hall may not see what is switched on: said next to the switches. */
function statusNote(state: PresentationState, hasQuestion: boolean, hasCommitment: boolean): string | null {
  if (!state.running) return 'notRunning';
  if (state.blank !== 'none') return 'blank';
  if (state.panel !== 'none' && Object.values(state.overlays).some(Boolean)) return 'panelCovers';
  if (state.overlays.question && !hasQuestion) return 'noQuestion';
  if (state.overlays.commitment && !hasCommitment) return 'noCommitment';
  return null;
}

function Preview({
  report,
  state,
  meetingId,
}: {
  report: ReportView;
  state: PresentationState;
  meetingId: string;
}) {
  const { t } = useTranslation();
  const visible = report.cards.filter((c) => !c.hidden);
  const shown = shownOnProjector(state, visible);
  const native = nativeSize(report.settings.layout);
  return (
    <div
      aria-label={t('liveProjector.controls.preview')}
      data-testid="live-preview"
      style={{ position: 'relative', width: PREVIEW_WIDTH, flex: 'none', overflow: 'hidden' }}
    >
      <ProjectorPreview shown={shown} report={report} width={PREVIEW_WIDTH} />
      {shown.kind === 'card' || shown.kind === 'neutral' ? (
        <LiveLayer meetingId={meetingId} state={state} native={native} width={PREVIEW_WIDTH} silent />
      ) : null}
    </div>
  );
}

/**
 * The projector's live switches in the 现场 tab: each overlay and panel with its key and whether it
 * is on, the answer countdown (time per answer, sound, live remaining time) tied to the agenda part,
 * and a small copy of what the hall sees. PageDown / PageUp step the cards from here as well.
 */
export function ProjectorControls({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const scope = useRef<HTMLDivElement>(null);
  const presentation = usePresentation(meetingId);
  const report = useReportView(meetingId).data;
  const view = useLivePublic(meetingId).data;
  const act = useLiveSwitches(meetingId, {
    cardKeys: true,
    scope,
    onError: (error) =>
      void message.error(t('liveProjector.controls.failed', { message: errorText(apiErrorOf(error)) })),
  });
  const visible = useMemo(() => report?.cards.filter((c) => !c.hidden) ?? [], [report]);
  const state = presentation.data;
  const setSeconds = (seconds: number) => void act({ kind: 'countdownSet', seconds });
  const note = state
    ? statusNote(state, Boolean(view?.current), Boolean(view?.commitment ?? view?.commitments.length))
    : null;

  return (
    <Card
      size="small"
      title={t('liveProjector.controls.title')}
      data-testid="projector-controls"
      style={{ marginBottom: 12 }}
      styles={{ body: { padding: 10 } }}
    >
      <div ref={scope} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {state ? (
          <>
            <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
              <SwitchButtons state={state} act={act} size="small" />
            </div>
            {note ? (
              <Typography.Text type="warning" data-testid="projector-note" style={{ fontSize: 12 }}>
                {t(`liveProjector.controls.${note}`)}
              </Typography.Text>
            ) : null}
            <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
              <CountdownReadout countdown={state.countdown} />
              <CountdownButtons state={state} act={act} size="small" />
            </div>
            <Space size={6} wrap>
              <Typography.Text style={{ fontSize: 12 }}>
                {t('liveProjector.controls.perAnswer')}
              </Typography.Text>
              <Segmented
                size="small"
                data-testid="answer-presets"
                value={state.countdown.seconds}
                options={ANSWER_PRESETS.map((s) => ({
                  value: s,
                  label: t('liveProjector.controls.minutes', { count: s / 60 }),
                }))}
                onChange={(value) => setSeconds(Number(value))}
              />
              <InputNumber
                size="small"
                min={10}
                max={3600}
                step={30}
                value={state.countdown.seconds}
                aria-label={t('liveProjector.controls.perAnswer')}
                data-testid="answer-seconds"
                suffix={t('liveProjector.controls.seconds')}
                style={{ width: 96 }}
                onChange={(value) => {
                  if (typeof value === 'number' && Number.isInteger(value) && value >= 10 && value <= 3600)
                    setSeconds(value);
                }}
              />
              <Space size={4}>
                <Switch
                  size="small"
                  checked={state.countdown.sound}
                  data-testid="countdown-sound"
                  aria-label={t('liveProjector.controls.sound')}
                  onChange={(sound) =>
                    void act({ kind: 'countdownSet', seconds: state.countdown.seconds, sound })
                  }
                />
                <Typography.Text style={{ fontSize: 12 }}>
                  {t('liveProjector.controls.sound')}
                </Typography.Text>
              </Space>
            </Space>
            <PartPacing state={state} visible={visible} onSuggest={setSeconds} />
            <div style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
              {report ? <Preview report={report} state={state} meetingId={meetingId} /> : null}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('liveProjector.controls.cardKeys')}
              </Typography.Text>
            </div>
          </>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        )}
      </div>
    </Card>
  );
}
