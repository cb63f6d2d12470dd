import { PRIMARY_MIN_PX } from '../../report/card-style';

/**
 * The live layer's colours and sizes, in the card's native pixels (the layer is scaled with the
 * card). Each overlay sits on an opaque box of its own, so its contrast never depends on the card
 * beneath; every text colour is at least 7:1 on its box.
 */
export const LIVE_COLORS = {
  questionBox: '#0b1f4d',
  countdownBox: '#111827',
  warningBox: '#fbbf24',
  onWarning: '#1f1300',
  overBox: '#b91c1c',
  commitmentBox: '#064e3b',
  onDark: '#ffffff',
  onDarkSecondary: '#e5e7eb',
  joinBox: '#ffffff',
  onLight: '#111827',
  onLightSecondary: '#374151',
  accent: '#1e3a8a',
  rule: '#4b5563',
  chip: '#1d4ed8',
  rehearsal: '#7c2d12',
  panelBackground: '#ffffff',
  tile: '#eff6ff',
} as const;

/** White text on each, at least 4.5:1. */
export const LIST_TYPE_COLORS = {
  immediate: '#b91c1c',
  deadline: '#b45309',
  ongoing: '#047857',
} as const;

/** Outer margin and gap between overlays. */
export const LIVE_PAD = 32;
export const LIVE_GAP = 24;

/** Question and commitment text, largest first; below the 1/20 floor only when nothing else fits. */
export const LIVE_TEXT_SIZES = [88, 80, 72, 64, 58, PRIMARY_MIN_PX, 48, 44, 40, 36, 32, 28, 24];

export const COUNTDOWN_BOX_HEIGHT = 280;
export const JOIN_QR_PX = 300;
