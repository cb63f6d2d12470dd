// Killing the gateway mid-burst: host mode (electron/host/serve.ts, a real process) with its
// question box open; phones submitting; the gateway child SIGKILLed once some are acknowledged. The
// owner keeps running, the supervisor restarts the gateway on the same port with the same token, the
// phones' retries complete, and every acknowledged question is stored exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ensurePhonePage,
  freePort,
  gatewayPids,
  openBox,
  processAlive,
  startOwner,
  waitUntil,
  type OwnerProcess,
} from './owner-process';
import { countStored, phoneBurst, targetOf } from './phone-burst';

const PHONES = 150;
const KILL_AFTER_ACKS = 40;

let dataDir: string;
let owner: OwnerProcess | null = null;

beforeAll(() => ensurePhonePage(), 120_000);

afterEach(async () => {
  await owner?.stop();
  owner = null;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('SIGKILL of the question box’s gateway mid-burst', () => {
  it('is restarted by the owner on the same port and token; every acknowledged question is stored once', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rbd-gateway-kill-'));
    owner = await startOwner({ dataDir });
    const { meetingId, joinUrl } = await openBox(owner, await freePort());
    const target = targetOf(joinUrl);
    await waitUntil('one gateway child', () => gatewayPids(owner!.pid).length === 1);
    const [killed] = gatewayPids(owner.pid);

    let killedAtAck: number | null = null;
    const result = await phoneBurst({
      target,
      phones: PHONES,
      windowMs: 3_000,
      deadlineMs: 60_000,
      onAck: (acked) => {
        if (acked !== KILL_AFTER_ACKS) return;
        killedAtAck = acked;
        process.kill(killed!, 'SIGKILL');
      },
    });

    // The kill happened mid-burst: phones met the dead gateway and retried.
    expect(killedAtAck).toBe(KILL_AFTER_ACKS);
    expect(processAlive(killed!)).toBe(false);
    expect(result.phones.reduce((n, p) => n + p.networkErrors, 0)).toBeGreaterThan(0);

    // The owner kept running and restarted its gateway: another process, same port, same token.
    expect(owner.alive()).toBe(true);
    const restarted = gatewayPids(owner.pid);
    expect(restarted).toHaveLength(1);
    expect(restarted[0]).not.toBe(killed);
    const status = await owner.call('gateway.status', { meetingId });
    expect(status).toMatchObject({ state: 'open', port: target.port });
    expect(status.restarts).toBeGreaterThanOrEqual(1);
    expect(status.joinUrl).toBe(joinUrl);

    const { questions } = await owner.call('questions.list', { meetingId });
    const counted = countStored(result, questions);
    expect(counted).toEqual({
      acked: PHONES,
      stored: PHONES,
      duplicates: 0,
      lost: 0,
      unanswered: 0,
      refused: 0,
    });
    // Nothing else slipped in: one phone question per phone, and none shown before the moderator saw it.
    expect(questions.filter((q) => q.source === 'phone')).toHaveLength(PHONES);
    expect(questions.every((q) => q.approved === false)).toBe(true);
  }, 150_000);
});
