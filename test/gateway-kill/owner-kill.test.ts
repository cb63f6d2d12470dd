// Killing the owner mid-burst: host mode (electron/host/serve.ts, a real process) with its
// question box open; phones submitting; the owner SIGKILLed once some are acknowledged. Its gateway
// child must go with it (nothing left listening on the box's port), and host mode started again on
// the same data folder reopens the box by itself — same port, same token — so the phones' retries
// complete. Every acknowledged question is stored exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ensurePhonePage,
  freePort,
  gatewayPids,
  openBox,
  portIsFree,
  processAlive,
  startOwner,
  waitUntil,
  type OwnerProcess,
} from './owner-process';
import { countStored, phoneBurst, targetOf } from './phone-burst';

const PHONES = 150;
const KILL_AFTER_ACKS = 40;

let dataDir: string;
const owners: OwnerProcess[] = [];

beforeAll(() => ensurePhonePage(), 120_000);

afterEach(async () => {
  for (const owner of owners.splice(0)) await owner.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Restart {
  gatewayGone: boolean;
  portFree: boolean;
  first: { code: number | null; signal: NodeJS.Signals | null };
  second: OwnerProcess;
}

describe('SIGKILL of the owner (host mode) mid-burst with the box open', () => {
  it('takes the gateway with it, and a restart on the same folder reopens the box; nothing acknowledged is lost', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rbd-owner-kill-'));
    const first = await startOwner({ dataDir });
    owners.push(first);
    const { meetingId, joinUrl } = await openBox(first, await freePort());
    const target = targetOf(joinUrl);
    await waitUntil('one gateway child', () => gatewayPids(first.pid).length === 1);
    const [gateway] = gatewayPids(first.pid);

    // Runs while the phones keep retrying: the kill, the checks on what it left, the restart.
    let restart: Promise<Restart> | null = null;
    const killAndRestart = async (): Promise<Restart> => {
      first.kill('SIGKILL');
      const ended = await first.exited;
      // Bounded: an orphan still serving would keep the port for good; an exiting one lets go in moments.
      let gatewayGone = true;
      let portFree = true;
      try {
        await waitUntil('the orphaned gateway gone', () => !processAlive(gateway!), 10_000);
      } catch {
        gatewayGone = false;
      }
      try {
        await waitUntil('the box’s port free', () => portIsFree(target.address, target.port), 10_000);
      } catch {
        portFree = false;
      }
      const second = await startOwner({ dataDir });
      owners.push(second);
      return { gatewayGone, portFree, first: ended, second };
    };

    const result = await phoneBurst({
      target,
      phones: PHONES,
      windowMs: 3_000,
      // Long enough for host mode to start again from sources and reopen the box.
      deadlineMs: 90_000,
      onAck: (acked) => {
        if (acked === KILL_AFTER_ACKS) restart = killAndRestart();
      },
    });

    expect(restart).not.toBeNull();
    const after = await restart!;
    expect(after.first.signal).toBe('SIGKILL');
    // No orphan: the gateway exited with its owner, and nothing listened on the box's port after.
    expect(after.gatewayGone).toBe(true);
    expect(after.portFree).toBe(true);
    expect(result.phones.reduce((n, p) => n + p.networkErrors, 0)).toBeGreaterThan(0);

    // Reopened by itself, where the phones' QR points: same address, port and token.
    const second = after.second;
    const status = await second.call('gateway.status', { meetingId });
    expect(status).toMatchObject({ state: 'open', port: target.port, address: '127.0.0.1' });
    expect(status.joinUrl).toBe(joinUrl);
    expect(gatewayPids(second.pid)).toHaveLength(1);

    const { questions } = await second.call('questions.list', { meetingId });
    expect(countStored(result, questions)).toEqual({
      acked: PHONES,
      stored: PHONES,
      duplicates: 0,
      lost: 0,
      unanswered: 0,
      refused: 0,
    });
    expect(questions.filter((q) => q.source === 'phone')).toHaveLength(PHONES);
  }, 180_000);
});
