import { describe, expect, it } from 'vitest';
import { viewAddress, viewRoute } from '../../renderer/projector/view-route';

describe('the notice view route', () => {
  it('opens the notice page of a meeting, with the host token after #', () => {
    const address = viewAddress(
      { origin: 'http://192.168.1.5:8080', pathname: '/' },
      { view: 'notice', meetingId: 'm 1' },
      'tok',
    );
    const url = new URL(address);
    expect(url.hash).toBe('#token=tok');
    expect(viewRoute(url.searchParams)).toEqual({ view: 'notice', meetingId: 'm 1' });
  });

  it('needs a meeting', () => {
    expect(viewRoute(new URLSearchParams('view=notice'))).toBeNull();
  });
});
