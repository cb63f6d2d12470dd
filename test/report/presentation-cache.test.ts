import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { PresentationState } from '../../shared/domain';
import {
  applyPresentationState,
  presentationKey,
  readPresentation,
} from '../../renderer/data/presentation-cache';

const state = (meetingId: string, index: number, seq: number): PresentationState =>
  PresentationState.parse({
    meetingId,
    running: true,
    cardId: `c${index}`,
    index,
    blank: 'none',
    startedAt: null,
    partStartedAt: null,
    seq,
  });

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the projector’s presentation state', () => {
  it('keeps a step pushed while a read was on its way, instead of the read’s older answer', async () => {
    const client = new QueryClient();
    const answer = deferred<PresentationState>();
    const read = readPresentation(client, 'm1', () => answer.promise);
    applyPresentationState(client, state('m1', 3, 5));
    answer.resolve(state('m1', 0, 4));
    expect((await read).cardId).toBe('c3');
  });

  it('takes the read when nothing was pushed meanwhile, even with a lower seq (the services restarted)', async () => {
    const client = new QueryClient();
    applyPresentationState(client, state('m2', 6, 40));
    const read = readPresentation(client, 'm2', async () => state('m2', 1, 2));
    expect((await read).cardId).toBe('c1');
  });

  it('takes a read newer than the push', async () => {
    const client = new QueryClient();
    const answer = deferred<PresentationState>();
    const read = readPresentation(client, 'm3', () => answer.promise);
    applyPresentationState(client, state('m3', 2, 7));
    answer.resolve(state('m3', 4, 9));
    expect((await read).cardId).toBe('c4');
    expect(client.getQueryData(presentationKey('m3'))).toMatchObject({ seq: 7 });
  });
});
