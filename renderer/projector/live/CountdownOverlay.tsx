import { useTranslation } from 'react-i18next';
import type { Countdown } from '../../../shared/domain';
import { countdownClock, overtimeText, type CountdownPhase } from '../../../shared/logic/countdown';
import { COUNTDOWN_BOX_HEIGHT, LIVE_COLORS } from './live-style';
import { useCountdownReading, useZeroTone } from './use-countdown';

/** The words say what the colour says: amber is "last 30 s", red is "over". */
const PHASE_STYLE: Record<CountdownPhase, { background: string; color: string }> = {
  normal: { background: LIVE_COLORS.countdownBox, color: LIVE_COLORS.onDark },
  warning: { background: LIVE_COLORS.warningBox, color: LIVE_COLORS.onWarning },
  over: { background: LIVE_COLORS.overBox, color: LIVE_COLORS.onDark },
};

/** The speaker's time for this answer, big: mm:ss, amber in the last 30 s, red and counting up after. */
export function CountdownOverlay({ countdown, silent }: { countdown: Countdown; silent: boolean }) {
  const { t } = useTranslation();
  const reading = useCountdownReading(countdown);
  useZeroTone(reading, countdown.sound && !silent);
  const style = PHASE_STYLE[reading.phase];
  const over = reading.phase === 'over' && reading.remainingMs < 0;
  return (
    <section
      data-testid="live-countdown"
      data-phase={reading.phase}
      data-running={reading.running}
      role="timer"
      style={{
        ...style,
        height: COUNTDOWN_BOX_HEIGHT,
        boxSizing: 'border-box',
        borderRadius: 16,
        padding: '12px 36px',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        alignItems: 'center',
        minWidth: 440,
        flex: 'none',
      }}
    >
      <div data-legibility="primary" style={{ fontSize: 54, fontWeight: 700, whiteSpace: 'nowrap' }}>
        {over
          ? t('liveProjector.countdown.over')
          : reading.running
            ? t('liveProjector.countdown.label')
            : t('liveProjector.countdown.paused')}
      </div>
      <div
        data-legibility="primary"
        data-testid="live-countdown-time"
        style={{
          fontSize: 120,
          lineHeight: 1.45,
          fontWeight: 800,
          fontVariantNumeric: 'tabular-nums',
          whiteSpace: 'nowrap',
        }}
      >
        {over ? `+${overtimeText(reading.remainingMs)}` : countdownClock(reading.remainingMs)}
      </div>
    </section>
  );
}
