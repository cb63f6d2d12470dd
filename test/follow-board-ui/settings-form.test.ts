import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_SETTINGS, FollowUpSettings } from '../../shared/domain/follow-up';
import {
  fromFormValues,
  SETTING_BOUNDS,
  toFormValues,
} from '../../renderer/screens/follow-board/settings-form';

describe('follow-up settings form', () => {
  it('round-trips the settings', () => {
    expect(fromFormValues(toFormValues(DEFAULT_FOLLOW_UP_SETTINGS))).toEqual(DEFAULT_FOLLOW_UP_SETTINGS);
  });

  it('refuses an emptied, fractional or out-of-range field', () => {
    const base = toFormValues(DEFAULT_FOLLOW_UP_SETTINGS);
    expect(fromFormValues({ ...base, noticeDays: null })).toBeNull();
    expect(fromFormValues({ ...base, immediate: 2.5 })).toBeNull();
    expect(fromFormValues({ ...base, rankMinItems: 0 })).toBeNull();
    expect(fromFormValues({ ...base, deadlineWarnDays: 91 })).toBeNull();
  });

  it("has the schema's bounds: each edge is accepted by the form and by the schema", () => {
    const base = toFormValues(DEFAULT_FOLLOW_UP_SETTINGS);
    for (const [field, { min, max }] of Object.entries(SETTING_BOUNDS)) {
      for (const edge of [min, max]) {
        const parsed = fromFormValues({ ...base, [field]: edge });
        expect(parsed, `${field}=${edge}`).not.toBeNull();
        expect(FollowUpSettings.safeParse(parsed).success, `${field}=${edge}`).toBe(true);
      }
      const beyond = { ...base, [field]: max + 1 };
      expect(fromFormValues(beyond)).toBeNull();
    }
  });
});
