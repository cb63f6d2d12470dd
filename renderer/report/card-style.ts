import type { ProjectorLayout } from '../../shared/domain';

/** A card's size as laid out; every screen scales this, so every screen shows the same layout. */
export interface NativeSize {
  width: number;
  height: number;
}

export const NATIVE_HEIGHT = 1080;

export function nativeSize(layout: ProjectorLayout): NativeSize {
  return layout === '4:3' ? { width: 1440, height: NATIVE_HEIGHT } : { width: 1920, height: NATIVE_HEIGHT };
}

/**
 * The 8H rule: the back row sits at most 8 screen heights away, where text must be at least 1/20 of
 * the screen height to be read. Figures, labels and titles are held to it.
 */
export const PRIMARY_MIN_PX = NATIVE_HEIGHT / 20;
/**
 * Orientation text (header, footer, page number, source note) is not what the hall has to read to
 * follow the report; at 1/30 of the height it stays readable from the front two thirds of a hall.
 */
export const SECONDARY_MIN_PX = NATIVE_HEIGHT / 30;

export const CARD_FONT =
  "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', system-ui, sans-serif";

/**
 * Dark on white: a projector reaches only 300–500:1, so nothing is light grey. Each text colour is
 * at least 7:1 on its background, leaving room for a washed-out screen.
 */
export const COLORS = {
  background: '#ffffff',
  text: '#111827',
  secondaryText: '#374151',
  accent: '#1e3a8a',
  divider: '#1e3a8a',
  onDivider: '#ffffff',
  rule: '#4b5563',
  shortcoming: '#9f1239',
  onShortcoming: '#ffffff',
  shortcomingTint: '#fff1f2',
  placeholder: '#f3f4f6',
} as const;

/**
 * Chart marks, each at least 4.5:1 on white, so a mark stands out at 3:1 even washed out and a white
 * value can be written on it.
 */
export const CHART_PALETTE = ['#1d4ed8', '#b45309', '#047857', '#7e22ce', '#b91c1c', '#0f766e', '#374151'];

/** A mark drawn under a value written in white. */
export const CHART_VALUE_ON_MARK = '#ffffff';

/** The simulated washed-out projector of the builder's preview: lamp light flattens the contrast. */
export const WASHED_OUT_FILTER = 'contrast(0.55) brightness(1.15)';
