import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CardView, PresentationState } from '../../../shared/domain';
import { formatShanghai } from '../../../shared/logic/shanghai-time';
import { durationText, pacingOf, type PacingStatus } from './pacing';
import { useNow } from './use-now';

/** Amber and red carry dark and white text at ≥ 4.5:1; the words say the same as the colour. */
const PACING_STYLE: Record<PacingStatus, { background: string; color: string }> = {
  unplanned: { background: '#1f2937', color: '#e5e7eb' },
  onTime: { background: '#14532d', color: '#f0fdf4' },
  nearEnd: { background: '#fbbf24', color: '#1f1300' },
  over: { background: '#b91c1c', color: '#ffffff' },
};

const pill = {
  padding: '2px 10px',
  borderRadius: 6,
  whiteSpace: 'nowrap' as const,
  fontVariantNumeric: 'tabular-nums',
};

/** Elapsed time since F5, the wall clock in Beijing time and the pacing of the current agenda part. */
export function ConsoleTimers({
  state,
  divider,
}: {
  state: PresentationState;
  /** The agenda divider that opened the current part, if any. */
  divider: Extract<CardView, { kind: 'agenda' }> | null;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const elapsed = state.startedAt === null ? null : now - Date.parse(state.startedAt);
  const pacing = pacingOf(divider ? state.partStartedAt : null, divider?.plannedMinutes ?? null, now);
  const pacingText = (() => {
    if (!divider) return t('reportConsole.pacing.noPart');
    const elapsedText = durationText(pacing.elapsedMs);
    if (pacing.plannedMs === null || pacing.remainingMs === null)
      return t('reportConsole.pacing.unplanned', { elapsed: elapsedText });
    const values = {
      elapsed: elapsedText,
      planned: durationText(pacing.plannedMs),
      remaining: durationText(pacing.remainingMs),
    };
    return t(`reportConsole.pacing.${pacing.status}`, values);
  })();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
      <Typography.Text data-testid="console-elapsed" style={{ ...pill, background: '#1f2937' }}>
        {t('reportConsole.elapsed')} {elapsed === null ? '—' : durationText(elapsed)}
      </Typography.Text>
      <Typography.Text data-testid="console-clock" style={{ ...pill, background: '#1f2937' }}>
        {t('reportConsole.clock')} {formatShanghai(new Date(now), 'HH:mm:ss')}
      </Typography.Text>
      <span
        data-testid="console-pacing"
        data-status={divider ? pacing.status : 'noPart'}
        role="timer"
        style={{ ...pill, ...PACING_STYLE[pacing.status], fontWeight: pacing.status === 'over' ? 700 : 500 }}
      >
        {divider ? `${divider.title || t('reportConsole.kinds.agenda')} · ` : ''}
        {pacingText}
      </span>
    </div>
  );
}
