import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Countdown } from '../../../../shared/domain';
import { countdownClock, overtimeText } from '../../../../shared/logic/countdown';
import { useCountdownReading } from '../../../projector/live/use-countdown';

const PHASE_STYLE = {
  normal: { background: '#1f2937', color: '#f9fafb' },
  warning: { background: '#fbbf24', color: '#1f1300' },
  over: { background: '#b91c1c', color: '#ffffff' },
} as const;

/** The time left as the hall sees it, ticking here from the same stored times. */
export function CountdownReadout({ countdown }: { countdown: Countdown }) {
  const { t } = useTranslation();
  const reading = useCountdownReading(countdown);
  const text =
    reading.remainingMs < 0
      ? t('liveProjector.controls.over', { time: overtimeText(reading.remainingMs) })
      : t('liveProjector.controls.remaining', { time: countdownClock(reading.remainingMs) });
  return (
    <Typography.Text
      data-testid="countdown-readout"
      data-phase={reading.phase}
      data-running={reading.running}
      role="timer"
      style={{
        ...PHASE_STYLE[reading.phase],
        padding: '1px 8px',
        borderRadius: 4,
        fontVariantNumeric: 'tabular-nums',
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {text}
    </Typography.Text>
  );
}
