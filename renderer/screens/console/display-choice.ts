import type { DisplayInfo } from '../../../shared/domain';

/** The projector is the screen that is not the laptop's own; with one screen, that one; none: null. */
export function defaultDisplayId(displays: readonly DisplayInfo[]): number | null {
  return (displays.find((d) => !d.primary) ?? displays[0])?.id ?? null;
}
