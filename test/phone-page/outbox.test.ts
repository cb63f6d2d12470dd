import { describe, expect, it } from 'vitest';
import type { PhoneQuestionStatus } from '../../shared/domain/phone';
import type { Outcome } from '../../renderer/phone/http';
import { OUTBOX_KEY, Outbox, type OutboxEntry, type OutboxNotice } from '../../renderer/phone/outbox';
import { memoryStore, type KeyValue } from '../../renderer/phone/storage';
import { manualTime, settle, status } from './fakes';

const TOKEN = 'tokenA_0123456789abcdefgh';

function setup(answers: Outcome<PhoneQuestionStatus>[], store: KeyValue = memoryStore(), token = TOKEN) {
  const time = manualTime();
  const sent: { clientId: string; storedBefore: boolean }[] = [];
  const acks: PhoneQuestionStatus[] = [];
  const notices: OutboxNotice[] = [];
  const outbox: Outbox = new Outbox({
    store,
    token,
    now: time.now,
    random: () => 0,
    setTimer: time.setTimer,
    send: async (entry: OutboxEntry) => {
      sent.push({
        clientId: entry.clientId,
        storedBefore: (store.get(OUTBOX_KEY) ?? '').includes(entry.clientId),
      });
      const answer = answers.shift();
      if (!answer) throw new Error('no answer left');
      return answer;
    },
    onAck: (value) => {
      // The entry is still in the outbox while the page records the acknowledgement.
      expect(outbox.entries().map((entry) => entry.clientId)).toContain(value.clientId);
      acks.push(value);
    },
    onChange: () => {},
    onNotice: (notice) => notices.push(notice),
  });
  return { outbox, time, sent, acks, notices, store };
}

const draft = (clientId: string) => ({
  clientId,
  text: '楼道灯不亮',
  communityId: null,
  category: '市政设施',
});
const ok = (clientId: string): Outcome<PhoneQuestionStatus> => ({ kind: 'ok', value: status({ clientId }) });
const busy = (retryAfterMs: number | null): Outcome<PhoneQuestionStatus> => ({
  kind: 'retry',
  reason: 'busy',
  retryAfterMs,
});

describe('the outbox', () => {
  it('stores a question before sending it and lets it go only once acknowledged', async () => {
    const { outbox, sent, acks } = setup([ok('client_aaaaaaaaaaaaaaaa')]);
    outbox.add(draft('client_aaaaaaaaaaaaaaaa'));
    await settle();
    expect(sent).toEqual([{ clientId: 'client_aaaaaaaaaaaaaaaa', storedBefore: true }]);
    expect(acks.map((ack) => ack.clientId)).toEqual(['client_aaaaaaaaaaaaaaaa']);
    expect(outbox.entries()).toEqual([]);
  });

  it('waits what Retry-After says, then sends the same clientId again', async () => {
    const { outbox, sent, acks, time, notices } = setup([busy(3000), ok('client_bbbbbbbbbbbbbbbb')]);
    outbox.add(draft('client_bbbbbbbbbbbbbbbb'));
    await settle();
    expect(notices).toEqual(['busy']);
    expect(time.pending()).toEqual([3000]);
    expect(outbox.entries()[0]).toMatchObject({ attempts: 1, nextAt: time.now() + 3000 });
    time.advance(2999);
    await settle();
    expect(sent).toHaveLength(1);
    time.advance(1);
    await settle();
    expect(sent.map((s) => s.clientId)).toEqual(['client_bbbbbbbbbbbbbbbb', 'client_bbbbbbbbbbbbbbbb']);
    expect(acks).toHaveLength(1);
    expect(outbox.entries()).toEqual([]);
    expect(notices).toEqual(['busy', null]);
  });

  it('backs off doubling without Retry-After, up to 30 s', async () => {
    const answers = Array.from({ length: 7 }, () => busy(null));
    const { outbox, time } = setup(answers);
    outbox.add(draft('client_cccccccccccccccc'));
    const waits: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      await settle();
      const [wait] = time.pending();
      waits.push(wait ?? -1);
      time.advance(wait ?? 0);
    }
    // random() = 0: half of 1, 2, 4, 8, 16, 30, 30 s.
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000]);
  });

  it('resumes after a reload: a new page over the same storage sends what was left', async () => {
    const store = memoryStore();
    const first = setup([busy(60_000)], store);
    first.outbox.add(draft('client_dddddddddddddddd'));
    await settle();
    expect(first.outbox.entries()).toHaveLength(1);

    const second = setup([ok('client_dddddddddddddddd')], store);
    second.outbox.resume();
    await settle();
    expect(second.sent.map((s) => s.clientId)).toEqual(['client_dddddddddddddddd']);
    expect(second.outbox.entries()).toEqual([]);
  });

  it('keeps a refused question with the gateway’s message and sends the others', async () => {
    const { outbox, sent } = setup([
      { kind: 'refused', code: 'invalid_input', message: '问题内容不能超过 500 个字' },
      ok('client_ffffffffffffffff'),
    ]);
    outbox.add(draft('client_eeeeeeeeeeeeeeee'));
    await settle();
    outbox.add(draft('client_ffffffffffffffff'));
    await settle();
    expect(sent.map((s) => s.clientId)).toEqual(['client_eeeeeeeeeeeeeeee', 'client_ffffffffffffffff']);
    expect(outbox.entries()).toEqual([
      expect.objectContaining({ clientId: 'client_eeeeeeeeeeeeeeee', error: '问题内容不能超过 500 个字' }),
    ]);
  });

  it('stops on a refused token until resumed, keeping the question', async () => {
    const { outbox, sent, notices, time } = setup([{ kind: 'token' }, ok('client_gggggggggggggggg')]);
    outbox.add(draft('client_gggggggggggggggg'));
    await settle();
    expect(notices).toEqual(['token']);
    expect(time.pending()).toEqual([]);
    expect(outbox.entries()).toHaveLength(1);
    outbox.resume();
    await settle();
    expect(sent).toHaveLength(2);
    expect(outbox.entries()).toEqual([]);
  });

  it('never sends a question written under another QR token by itself; resend adopts this one', async () => {
    const store = memoryStore();
    const old = setup([busy(60_000)], store, 'tokenOld_0123456789abcdef');
    old.outbox.add(draft('client_hhhhhhhhhhhhhhhh'));
    await settle();

    const now = setup([ok('client_hhhhhhhhhhhhhhhh')], store);
    now.outbox.resume();
    await settle();
    expect(now.sent).toEqual([]);
    now.outbox.resend('client_hhhhhhhhhhhhhhhh');
    await settle();
    expect(now.sent.map((s) => s.clientId)).toEqual(['client_hhhhhhhhhhhhhhhh']);
    expect(now.outbox.entries()).toEqual([]);
  });

  it('sends one at a time and in order, so a second tap during a send is not a second request', async () => {
    const { outbox, sent } = setup([ok('client_iiiiiiiiiiiiiiii'), ok('client_jjjjjjjjjjjjjjjj')]);
    outbox.add(draft('client_iiiiiiiiiiiiiiii'));
    outbox.add(draft('client_jjjjjjjjjjjjjjjj'));
    void outbox.flush();
    await settle();
    expect(sent.map((s) => s.clientId)).toEqual(['client_iiiiiiiiiiiiiiii', 'client_jjjjjjjjjjjjjjjj']);
  });

  it('survives unreadable storage', () => {
    const store = memoryStore();
    store.set(OUTBOX_KEY, '{not json');
    expect(setup([], store).outbox.entries()).toEqual([]);
  });
});
