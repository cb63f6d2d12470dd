import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServicesAt } from '../../electron/cli/open-services';
import { acquireFolderLock, LOCK_FILE } from '../../electron/storage/folder-lock';
import { tempDir } from './helpers';
import { bundleEntries, kill, run, type Bundles, type Running } from './owner-processes';

let bundles: Bundles;
beforeAll(async () => {
  bundles = await bundleEntries(['holder']);
});
afterAll(() => bundles.remove());

interface HolderLine {
  held: boolean;
  acknowledged?: string[];
  message?: string;
}
const holderLine = async (holder: Running, index = 0) => JSON.parse(await holder.line(index)) as HolderLine;

async function officeCommunities(dir: string): Promise<string[]> {
  const app = await openServicesAt(dir);
  try {
    const office = await app.dispatch('office.get', {});
    if (!office.ok) throw new Error(office.error.message);
    return (office.value as { communities: { name: string }[] }).communities.map((c) => c.name);
  } finally {
    await app.close();
  }
}

describe('folder lock between processes', () => {
  it('a holder killed with SIGKILL never leaves the folder locked: the next opener takes it, nothing acknowledged lost', async () => {
    const dir = tempDir('lock-proc-');
    const first = run(bundles, 'holder', [dir, '--write', '芳城园社区', '--write', '紫芳园社区']);
    expect(await holderLine(first)).toEqual({ held: true, acknowledged: ['芳城园社区', '紫芳园社区'] });

    const refused = run(bundles, 'holder', [dir]);
    const line = await holderLine(refused);
    expect(line.held).toBe(false);
    expect(line.message).toContain(`报告会命令行（进程号 ${first.pid}，`);
    expect(await refused.exited).toBe(3);

    await kill(first, 'SIGKILL');
    const next = run(bundles, 'holder', [dir, '--write', '芳群园社区']);
    expect(await holderLine(next)).toEqual({ held: true, acknowledged: ['芳群园社区'] });
    next.child.stdin!.end();
    expect(await next.exited).toBe(0);
    expect(await officeCommunities(dir)).toEqual(['芳城园社区', '紫芳园社区', '芳群园社区']);
  });

  it(
    'of several openers racing over a stale lock, exactly one takes the folder',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir('lock-proc-');
      const victim = run(bundles, 'holder', [dir]);
      expect((await holderLine(victim)).held).toBe(true);
      const stale = readFileSync(join(dir, LOCK_FILE), 'utf8');
      await kill(victim, 'SIGKILL');

      for (let round = 0; round < 2; round += 1) {
        writeFileSync(join(dir, LOCK_FILE), stale);
        const racers = Array.from({ length: 4 }, () => run(bundles, 'holder', [dir, '--barrier']));
        await Promise.all(racers.map((r) => r.line(0)));
        for (const r of racers) r.child.stdin!.write('go\n');
        const lines = await Promise.all(racers.map((r) => holderLine(r, 1)));
        expect(
          lines.filter((l) => l.held),
          `round ${round}`,
        ).toHaveLength(1);
        const winner = racers[lines.findIndex((l) => l.held)]!;
        for (const l of lines.filter((x) => !x.held)) expect(l.message).toContain(`进程号 ${winner.pid}`);
        winner.child.stdin!.end();
        await Promise.all(racers.map((r) => r.exited));
      }
      acquireFolderLock(dir, 'cli').release();
    },
  );
});
