import { Button, Tooltip } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OverlayKind, type PresentationAction, type PresentationState } from '../../../../shared/domain';
import { COUNTDOWN_KEYS, OVERLAY_KEYS, PANEL_KEYS } from '../live-keys';
import { keyLabel } from './live-switch-keys';

type Act = (action: PresentationAction) => Promise<void>;

const kbd = {
  fontFamily: 'monospace',
  fontSize: 12,
  border: '1px solid currentColor',
  borderRadius: 3,
  padding: '0 4px',
  marginInlineStart: 6,
  lineHeight: '16px',
  opacity: 0.85,
} as const;

export function Kbd({ children }: { children: ReactNode }) {
  return <kbd style={kbd}>{children}</kbd>;
}

/** A toggle: pressed when on, with its key next to its name. */
function Toggle({
  on,
  label,
  keyName,
  testId,
  onPress,
  size,
}: {
  on: boolean;
  label: string;
  keyName: string;
  testId: string;
  onPress: () => void;
  size: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('liveProjector.controls.keyHint', { key: keyName })} mouseEnterDelay={0.6}>
      <Button
        size={size}
        type={on ? 'primary' : 'default'}
        aria-pressed={on}
        data-testid={testId}
        aria-keyshortcuts={keyName}
        onClick={(e: MouseEvent<HTMLElement>) => {
          // A remote's Space or Enter must not press the last clicked switch again.
          e.currentTarget.blur();
          onPress();
        }}
      >
        {label}
        <Kbd>{keyName}</Kbd>
      </Button>
    </Tooltip>
  );
}

// The vote panel is put up from the 项目池's vote, which names the vote; it has no key of its own.
const PANELS = Object.keys(PANEL_KEYS) as Array<keyof typeof PANEL_KEYS>;

/** The overlay and panel switches, shared by the 现场 tab and the presenter console. */
export function SwitchButtons({
  state,
  act,
  size,
}: {
  state: PresentationState;
  act: Act;
  size: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  return (
    <>
      {OverlayKind.options.map((overlay) => (
        <Toggle
          key={overlay}
          size={size}
          on={state.overlays[overlay]}
          label={t(`liveProjector.controls.overlay.${overlay}`)}
          keyName={keyLabel(OVERLAY_KEYS[overlay])}
          testId={`switch-overlay-${overlay}`}
          onPress={() => void act({ kind: 'overlay', overlay })}
        />
      ))}
      {PANELS.map((panel) => (
        <Toggle
          key={panel}
          size={size}
          on={state.panel === panel}
          label={t(`liveProjector.controls.panel.${panel}`)}
          keyName={keyLabel(PANEL_KEYS[panel])}
          testId={`switch-panel-${panel}`}
          onPress={() => void act({ kind: 'panel', panel })}
        />
      ))}
    </>
  );
}

/** Start / pause and reset, with the countdown key and Shift with it. */
export function CountdownButtons({
  state,
  act,
  size,
}: {
  state: PresentationState;
  act: Act;
  size: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const running = state.countdown.runningSince !== null;
  const press = (action: PresentationAction) => (e: MouseEvent<HTMLElement>) => {
    e.currentTarget.blur();
    void act(action);
  };
  return (
    <>
      <Button
        size={size}
        type={running ? 'primary' : 'default'}
        aria-pressed={running}
        data-testid="switch-countdown-toggle"
        aria-keyshortcuts={keyLabel(COUNTDOWN_KEYS.toggle)}
        onClick={press(running ? { kind: 'countdownPause' } : { kind: 'countdownStart' })}
      >
        {running ? t('liveProjector.controls.pause') : t('liveProjector.controls.start')}
        <Kbd>{keyLabel(COUNTDOWN_KEYS.toggle)}</Kbd>
      </Button>
      <Button
        size={size}
        data-testid="switch-countdown-reset"
        aria-keyshortcuts={keyLabel(COUNTDOWN_KEYS.toggle, true)}
        onClick={press({ kind: 'countdownReset' })}
      >
        {t('liveProjector.controls.reset')}
        <Kbd>{keyLabel(COUNTDOWN_KEYS.toggle, true)}</Kbd>
      </Button>
    </>
  );
}
