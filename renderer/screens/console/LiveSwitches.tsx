import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PresentationState } from '../../../shared/domain';
import { apiErrorOf } from '../../data/api-failure';
import { useErrorText } from '../../i18n/use-error-text';
import { CountdownReadout } from '../live/projector/CountdownReadout';
import { CountdownButtons, SwitchButtons } from '../live/projector/SwitchButtons';
import { useLiveSwitches } from '../live/projector/use-live-switches';

/**
 * The projector's live switches in the presenter console: the same buttons and keys as the 现场 tab
 * (the overlay, panel and countdown keys of live-keys), so the speaker's desk can run them too.
 */
export function LiveSwitches({
  meetingId,
  state,
  enabled,
}: {
  meetingId: string;
  state: PresentationState;
  enabled: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const act = useLiveSwitches(meetingId, {
    enabled,
    onError: (error) =>
      void message.error(t('liveProjector.controls.failed', { message: errorText(apiErrorOf(error)) })),
  });
  return (
    <div
      data-testid="console-live-switches"
      role="toolbar"
      aria-label={t('liveProjector.controls.title')}
      style={{
        display: 'flex',
        gap: 6,
        flexWrap: 'wrap',
        alignItems: 'center',
        padding: '6px 16px',
        borderBottom: '1px solid #1f2937',
      }}
    >
      <SwitchButtons state={state} act={act} size="small" />
      <span style={{ width: 8 }} />
      <CountdownReadout countdown={state.countdown} />
      <CountdownButtons state={state} act={act} size="small" />
    </div>
  );
}
