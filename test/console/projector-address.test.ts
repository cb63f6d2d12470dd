import { describe, expect, it } from 'vitest';
import { takeSessionToken } from '../../renderer/api/session-token';
import { viewAddress } from '../../renderer/projector/view-route';

const here = { origin: 'http://127.0.0.1:41234', pathname: '/' };
const projectorAddress = (place: typeof here, meetingId: string, token: string | null) =>
  viewAddress(place, { view: 'projector', meetingId }, token);

describe('the projector address (viewAddress)', () => {
  it('opens the projector view of the meeting with the token after #', () => {
    expect(projectorAddress(here, 'm123', 'tok_EN-9')).toBe(
      'http://127.0.0.1:41234/?view=projector&meeting=m123#token=tok_EN-9',
    );
  });

  it('has no fragment without a token (the desktop app)', () => {
    expect(projectorAddress({ origin: 'app://rbd', pathname: '/index.html' }, 'm1', null)).toBe(
      'app://rbd/index.html?view=projector&meeting=m1',
    );
  });

  it('escapes what could break the address', () => {
    const address = new URL(projectorAddress(here, 'a&b=c', 'x y#z'));
    expect(address.searchParams.get('meeting')).toBe('a&b=c');
    expect(new URLSearchParams(address.hash.slice(1)).get('token')).toBe('x y#z');
  });

  it('is read back by the page: the token is taken, the view and meeting stay in the address', () => {
    const address = new URL(projectorAddress(here, 'm123', 'secret'));
    const stored = new Map<string, string>();
    let replaced = '';
    const token = takeSessionToken({
      location: { hash: address.hash, pathname: address.pathname, search: address.search },
      history: { state: null, replaceState: (_s, _t, url) => void (replaced = String(url)) },
      storage: { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) },
    });
    expect(token).toBe('secret');
    expect(replaced).toBe('/?view=projector&meeting=m123');
  });
});
