import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../shared/api';
import { DEFAULT_FLAGGED_WORDS } from '../../shared/domain';
import type { ContractHarness } from './harnesses';
import { CHINESE, nextEvent, refusal, value } from './result-helpers';

const by = '工作人员';

/** 手机提问's operator methods over every transport. The harnesses have no gateway process (NO_GATEWAYS). */
export function runPhoneContractSuite(
  transportName: string,
  openHarness: () => Promise<ContractHarness>,
): void {
  describe(`question box and moderation over ${transportName}`, () => {
    let harness: ContractHarness;
    let api: ApiClient;
    let meetingId: string;

    beforeEach(async () => {
      harness = await openHarness();
      api = createApiClient(harness.connect());
      meetingId = value(
        await api.call('meetings.create', {
          title: '停车管理专题报告会',
          level: 'topic',
          startsAt: '2025-03-01T09:30:00+08:00',
        }),
      ).id;
    });
    afterEach(async () => {
      await harness.close();
    });

    it('approves a phone question onto the public view, refusing a stale revision', async () => {
      const asked = value(
        await api.call('questions.create', {
          meetingId,
          question: { text: '小区晚上停车难', source: 'phone', clientId: 'phone-client-00000001' },
          by,
        }),
      );
      expect(asked).toMatchObject({ approved: false, source: 'phone' });
      expect(value(await api.call('live.public', { meetingId })).waiting).toEqual([]);

      const stale = refusal(
        await api.call('questions.approve', {
          meetingId,
          id: asked.id,
          expectedRevision: 5,
          approved: true,
          by,
        }),
      );
      expect(stale.code).toBe('conflict');
      expect(stale.message).toMatch(CHINESE);

      const approved = value(
        await api.call('questions.approve', {
          meetingId,
          id: asked.id,
          expectedRevision: 1,
          approved: true,
          by,
        }),
      );
      expect(approved).toMatchObject({ approved: true, revision: 2 });
      expect(approved.history.at(-1)).toMatchObject({ kind: 'approved', note: '通过', by });
      expect(value(await api.call('live.public', { meetingId })).waiting.map((q) => q.id)).toEqual([
        asked.id,
      ]);
    });

    it('lists the interfaces and reports a closed box', async () => {
      const listed = value(await api.call('gateway.interfaces', {}));
      expect(listed.some((i) => i.internal && i.address === '127.0.0.1')).toBe(true);
      expect(value(await api.call('gateway.status', { meetingId }))).toMatchObject({
        meetingId,
        state: 'closed',
        joinUrl: null,
        received: 0,
        restarts: 0,
      });
      expect(refusal(await api.call('gateway.status', { meetingId: 'm-nowhere' })).code).toBe('not_found');
    });

    it('refuses to open the box where no gateway can be started, changing nothing', async () => {
      const refused = refusal(await api.call('gateway.open', { meetingId, address: '127.0.0.1', by }));
      expect(refused.code).toBe('unavailable');
      expect(refused.message).toMatch(CHINESE);
      expect(value(await api.call('gateway.status', { meetingId })).state).toBe('closed');
    });

    it('keeps the office’s flag words, and tells other clients', async () => {
      expect(value(await api.call('moderation.words.get', {}))).toEqual([...DEFAULT_FLAGGED_WORDS]);
      const other = createApiClient(harness.connect());
      // office.changed is also in the opening resync, with the same empty payload: listen only after it.
      await harness.eventsReady(1);
      const heard = nextEvent(other, 'office.changed');
      expect(
        value(await api.call('moderation.words.set', { words: ['拆迁款', ' 狗官 ', '狗官'], by })),
      ).toEqual(['拆迁款', '狗官']);
      await heard;
      expect(value(await api.call('moderation.words.get', {}))).toEqual(['拆迁款', '狗官']);
      const long = refusal(await api.call('moderation.words.set', { words: ['长'.repeat(21)], by }));
      expect(long.code).toBe('invalid_input');
      expect(long.message).toMatch(CHINESE);
    });
  });
}
