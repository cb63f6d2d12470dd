import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../shared/api';
import type { Office } from '../../shared/domain';
import { openServicesAt } from '../../electron/cli/open-services';
import { SAMPLE_OPINION_FIGURES } from '../../electron/sample/sample-work-orders';
import { stubRenderer } from '../contract/harnesses';
import { figure109Xlsx } from '../fixtures/make-fixtures';
import { tempDir } from '../storage/helpers';
import {
  bundleEntries,
  hostApi,
  kill,
  run,
  type Bundles,
  type HostApi,
  type Running,
} from '../storage/owner-processes';

let bundles: Bundles;
let rendererDir: string;
beforeAll(async () => {
  bundles = await bundleEntries(['serve', 'cli', 'holder']);
  rendererDir = stubRenderer();
});
afterAll(() => {
  bundles.remove();
  rmSync(rendererDir, { recursive: true, force: true });
});

const serve = (dir: string) =>
  run(bundles, 'serve', ['--data', dir, '--port', '0', '--renderer', rendererDir]);
const cli = async (args: string[]) => {
  const running = run(bundles, 'cli', args);
  return { code: await running.exited, out: running.stdout(), err: running.stderr() };
};

/** What a restart finds, read the way the CLI reads it. */
async function stored(dir: string): Promise<{ communities: string[]; meetings: MeetingSummary[] }> {
  const app = await openServicesAt(dir);
  try {
    const office = await app.dispatch('office.get', {});
    const meetings = await app.dispatch('meetings.list', {});
    if (!office.ok || !meetings.ok) throw new Error('could not read the folder back');
    return {
      communities: (office.value as Office).communities.map((c) => c.name),
      meetings: meetings.value as MeetingSummary[],
    };
  } finally {
    await app.close();
  }
}

async function started(running: Running): Promise<HostApi | null> {
  try {
    return hostApi(await running.line());
  } catch {
    return null;
  }
}

describe('one owner per data folder, across processes', () => {
  it(
    'host + host: the second is refused naming the first; no acknowledged write is lost',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir('owner-');
      const first = serve(dir);
      const firstApi = await started(first);
      expect(firstApi).not.toBeNull();
      const second = serve(dir);
      const secondApi = await started(second);

      // Write through every server that is running, as two operators would.
      const acknowledged: string[] = [];
      const apis = [firstApi!, ...(secondApi ? [secondApi] : [])];
      for (let i = 0; i < 6; i += 1) {
        for (const [n, api] of apis.entries()) {
          const name = `第${n + 1}个服务创建的社区${i + 1}`;
          if ((await api.call('communities.create', { name })).ok) acknowledged.push(name);
        }
      }
      await Promise.all([kill(first, 'SIGTERM'), kill(second, 'SIGTERM')]);

      const { communities } = await stored(dir);
      const lost = acknowledged.filter((name) => !communities.includes(name));
      expect(lost, `${lost.length} of ${acknowledged.length} acknowledged writes lost`).toEqual([]);
      expect(secondApi).toBeNull();
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toContain(`正由报告会浏览器模式（进程号 ${first.pid}，`);
      expect(second.stderr()).toMatch(/Ctrl\+C/);
    },
  );

  it(
    'host + CLI: demo and import run through the running host, and nothing either saves is lost',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir('owner-');
      const host = serve(dir);
      const api = (await started(host))!;

      const demo = await cli(['demo', '--data', dir]);
      expect(demo.code, demo.err).toBe(0);
      // The host sees the CLI's work at once, and its own next write keeps it.
      expect(await api.call('communities.create', { name: '东罗园社区' })).toMatchObject({ ok: true });
      expect(await api.call('office.update', { name: '方庄街道办事处（测试）' })).toMatchObject({ ok: true });

      const list = await cli(['meetings', '--data', dir, '--json']);
      const street = (JSON.parse(list.out) as MeetingSummary[]).find((m) => m.level === 'street')!;
      const file = join(tempDir('owner-file-'), '一季度工单.xlsx');
      writeFileSync(file, figure109Xlsx());
      const imported = await cli(['import', file, '--data', dir, '--meeting', street.id]);
      expect(imported.code, imported.err).toBe(0);
      expect(imported.out).toMatch(/新增 109 条诉求/);
      expect(
        await api.call('meetings.update', { id: street.id, patch: { venue: '方庄街道市民活动中心' } }),
      ).toMatchObject({ ok: true });

      expect(await kill(host, 'SIGTERM')).toBe(0);
      const after = await stored(dir);
      expect(after.communities).toHaveLength(15);
      expect(after.communities).toContain('东罗园社区');
      expect(after.meetings).toHaveLength(3);
      expect(after.meetings.find((m) => m.id === street.id)?.venue).toBe('方庄街道市民活动中心');
      const app = await openServicesAt(dir);
      try {
        const analysis = await app.dispatch('opinions.analysis', { meetingId: street.id });
        expect(analysis).toMatchObject({
          ok: true,
          value: { summary: { total: SAMPLE_OPINION_FIGURES.total + 109 } },
        });
      } finally {
        await app.close();
      }
      // Said, so the operator knows the app did the work.
      expect(demo.err).toContain(`正由报告会浏览器模式（进程号 ${host.pid}）使用，本命令通过它执行`);
    },
  );

  it(
    'CLI + host: a host started while a command holds the folder is refused naming it; once the command is killed, the host takes the folder',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir('owner-');
      const command = run(bundles, 'holder', [dir, '--write', '芳星园社区']);
      expect(JSON.parse(await command.line())).toMatchObject({ held: true, acknowledged: ['芳星园社区'] });

      const refused = serve(dir);
      expect(await refused.exited).toBe(1);
      expect(refused.stdout()).toBe('');
      expect(refused.stderr()).toContain(`正由报告会命令行（进程号 ${command.pid}，`);
      expect(refused.stderr()).toContain('请等这条命令执行完毕后再试');
      // A second command is refused the same way, and writes nothing.
      const other = await cli(['demo', '--data', dir]);
      expect(other.code).toBe(1);
      expect(other.err).toContain(`命令行（进程号 ${command.pid}，`);

      await kill(command, 'SIGKILL');
      const host = serve(dir);
      const api = (await started(host))!;
      expect(api).not.toBeNull();
      expect(await api.call('communities.create', { name: '芳古园社区' })).toMatchObject({ ok: true });
      expect(await kill(host, 'SIGTERM')).toBe(0);
      expect((await stored(dir)).communities).toEqual(['芳星园社区', '芳古园社区']);
    },
  );

  it(
    'SIGKILL the host: the next host takes the folder, and every acknowledged write is there',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir('owner-');
      const first = serve(dir);
      const api = (await started(first))!;
      const acknowledged: string[] = [];
      for (let i = 1; i <= 5; i += 1)
        if ((await api.call('communities.create', { name: `芳城园${i}社区` })).ok)
          acknowledged.push(`芳城园${i}社区`);
      await kill(first, 'SIGKILL');

      const next = serve(dir);
      const nextApi = await started(next);
      expect(nextApi, next.stderr()).not.toBeNull();
      const office = await nextApi!.call<Office>('office.get', {});
      expect(office.ok && office.value.communities.map((c) => c.name)).toEqual(acknowledged);
      expect(await kill(next, 'SIGTERM')).toBe(0);
    },
  );
});
