import { describe, expect, it, vi } from 'vitest';
import {
  ALL_LIVE_KEYS,
  COUNTDOWN_KEYS,
  OVERLAY_KEYS,
  PANEL_KEYS,
  QUESTION_KEYS,
} from '../../renderer/screens/live/live-keys';
import { keyToAction } from '../../renderer/report/deck-keys';

// The deck's hook calls the API; its key map never does, and there is no window here.
vi.mock('../../renderer/api', () => ({ api: {}, connection: { kind: 'desktop' } }));

describe('the 现场 key table', () => {
  it('gives every action a key of its own', () => {
    const lower = ALL_LIVE_KEYS.map((k) => k.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(lower.length).toBe(
      Object.keys(QUESTION_KEYS).length +
        Object.keys(OVERLAY_KEYS).length +
        Object.keys(PANEL_KEYS).length +
        Object.keys(COUNTDOWN_KEYS).length,
    );
  });

  it('takes no key the presenter console already uses to move through the cards', () => {
    const consoleKeys = [
      ...Object.values(OVERLAY_KEYS),
      ...Object.values(PANEL_KEYS),
      ...Object.values(COUNTDOWN_KEYS),
    ];
    for (const key of consoleKeys) {
      for (const k of [key.toLowerCase(), key.toUpperCase()]) {
        expect(
          keyToAction(
            { key: k, shiftKey: k !== k.toLowerCase(), ctrlKey: false, altKey: false, metaKey: false },
            { typed: '' },
          ),
          k,
        ).toBeNull();
      }
    }
  });
});
