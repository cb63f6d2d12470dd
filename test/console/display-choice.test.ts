import { describe, expect, it } from 'vitest';
import type { DisplayInfo } from '../../shared/domain';
import { defaultDisplayId } from '../../renderer/screens/console/display-choice';

const display = (id: number, primary: boolean): DisplayInfo => ({
  id,
  label: `屏幕 ${id}`,
  width: 1920,
  height: 1080,
  primary,
});

describe('defaultDisplayId', () => {
  it('picks the screen that is not the laptop’s, wherever it is listed', () => {
    expect(defaultDisplayId([display(1, true), display(2, false)])).toBe(2);
    expect(defaultDisplayId([display(7, false), display(1, true)])).toBe(7);
  });

  it('takes the only screen there is, and none without screens', () => {
    expect(defaultDisplayId([display(1, true)])).toBe(1);
    expect(defaultDisplayId([])).toBeNull();
  });
});
