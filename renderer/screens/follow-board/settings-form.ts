import type { FollowUpSettings } from '../../../shared/domain/follow-up';

/** The form's flat shape: antd's InputNumber hands back null for an emptied field. */
export interface SettingsFormValues {
  immediate: number | null;
  deadline: number | null;
  ongoing: number | null;
  rankMinItems: number | null;
  noticeDays: number | null;
  deadlineWarnDays: number | null;
}

/** The bounds of FollowUpSettings, for the form's rules and messages. */
export const SETTING_BOUNDS: Record<keyof SettingsFormValues, { min: number; max: number }> = {
  immediate: { min: 0, max: 365 },
  deadline: { min: 0, max: 365 },
  ongoing: { min: 0, max: 365 },
  rankMinItems: { min: 1, max: 1000 },
  noticeDays: { min: 0, max: 365 },
  deadlineWarnDays: { min: 0, max: 90 },
};

export function toFormValues(settings: FollowUpSettings): SettingsFormValues {
  return {
    ...settings.callbackDays,
    rankMinItems: settings.rankMinItems,
    noticeDays: settings.noticeDays,
    deadlineWarnDays: settings.deadlineWarnDays,
  };
}

/** null when a field is empty or not a whole number within its bounds (the form shows which). */
export function fromFormValues(values: SettingsFormValues): FollowUpSettings | null {
  const fields = Object.keys(SETTING_BOUNDS) as (keyof SettingsFormValues)[];
  for (const field of fields) {
    const value = values[field];
    const { min, max } = SETTING_BOUNDS[field];
    if (value === null || !Number.isInteger(value) || value < min || value > max) return null;
  }
  const whole = values as { [K in keyof SettingsFormValues]: number };
  return {
    callbackDays: { immediate: whole.immediate, deadline: whole.deadline, ongoing: whole.ongoing },
    rankMinItems: whole.rankMinItems,
    noticeDays: whole.noticeDays,
    deadlineWarnDays: whole.deadlineWarnDays,
  };
}
