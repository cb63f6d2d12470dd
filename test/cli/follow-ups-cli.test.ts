import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/cli-io';
import { runDemo } from '../../electron/cli/demo-command';
import { FollowUpsJson, runFollowUps } from '../../electron/cli/follow-ups-command';
import { runMeetings } from '../../electron/cli/meetings-command';
import { FollowUpState } from '../../shared/domain';

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const AS_OF = '2025-03-01';
let data = '';
let parkingId = '';

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'rbd-follow-cli-'));
  expect(await runDemo(['--data', data], capture())).toBe(0);
  const list = capture();
  await runMeetings(['--data', data, '--json'], list);
  const meetings = JSON.parse(list.out) as { id: string; title: string }[];
  parkingId = meetings.find((m) => m.title === '停车管理专题报告会')!.id;
}, 120_000);
afterAll(() => rmSync(data, { recursive: true, force: true }));

async function json(args: string[]): Promise<FollowUpsJson> {
  const io = capture();
  expect(await runFollowUps(['--data', data, ...args, '--json'], io)).toBe(0);
  // Exactly one JSON object on stdout, nothing else.
  expect(io.out.trim().split('\n')).toHaveLength(1);
  return FollowUpsJson.parse(JSON.parse(io.out));
}

describe('cli follow-ups', () => {
  it('--json: one object of the schema, the demo meeting half-way, every state, names not ids', async () => {
    const out = await json(['--meeting', parkingId, '--as-of', AS_OF]);
    expect(out.asOf).toBe(AS_OF);
    expect(new Set(out.items.map((i) => i.state))).toEqual(new Set(FollowUpState.options));
    expect(out.items.every((i) => i.meetingId === parkingId)).toBe(true);
    expect(new Set(out.items.map((i) => i.list))).toEqual(new Set(['immediate', 'deadline', 'ongoing']));
    const fireLane = out.items.find((i) => i.title.startsWith('芳城园一区消防通道'))!;
    expect(fireLane).toMatchObject({
      lead: '城市管理办公室',
      co: ['综合行政执法队', '平安建设办公室'],
      state: 'solved',
      verdict: 'satisfied',
      overdue: false,
    });
    // Finished on its deadline day: on time.
    const shared = out.items.find((i) => i.title.startsWith('与周边两家单位'))!;
    expect(shared).toMatchObject({ deadline: '2025-01-31', state: 'solved', overdue: false });
    const reopened = out.items.find((i) => i.state === 'reopened')!;
    expect(reopened).toMatchObject({ verdict: 'dissatisfied', overdue: true });
    expect(out.items.filter((i) => i.overdue).length).toBeGreaterThan(0);
    // Only solved counts as solved: the board's solved sum is the solved items led by a department.
    const solvedLed = out.items.filter((i) => i.state === 'solved' && i.lead !== null).length;
    expect(out.byDepartment.reduce((a, d) => a + d.solved, 0)).toBe(solvedLed);
    expect(out.byDepartment.reduce((a, d) => a + d.items, 0)).toBe(out.items.filter((i) => i.lead).length);
    expect(out.byDepartment.every((d) => !/^d[0-9a-z]+$/.test(d.name))).toBe(true);
  });

  it('all meetings when --meeting is left out; before the meeting, nothing was overdue yet', async () => {
    const all = await json(['--as-of', AS_OF]);
    expect(all.items.length).toBeGreaterThan(0);
    const early = await json(['--as-of', '2024-11-21']);
    expect(early.items.some((i) => i.overdue)).toBe(false);
  });

  it('the readable form: by list, state labels, 逾期, the board with — for nothing to divide by', async () => {
    const io = capture();
    expect(await runFollowUps(['--data', data, '--meeting', parkingId, '--as-of', AS_OF], io)).toBe(0);
    expect(io.out).toContain(`截至 ${AS_OF}`);
    for (const label of ['【立即整改】', '【限期办理】', '【持续推进】', '已交办', '办理中', '已反馈']) {
      expect(io.out).toContain(label);
    }
    for (const label of ['已解决', '部分解决', '已办结未解决', '重新办理', '逾期', '部门成绩']) {
      expect(io.out).toContain(label);
    }
    // A department with no rated item has no satisfaction rate: "—", never 0%.
    expect(io.out).toMatch(/满意率 —（0\/0）/);
    expect(io.out).not.toMatch(/满意率 0\.0%（0\/0）/);
  });

  it('a bad --as-of or an unknown --meeting is refused with exit code 2 and a Chinese message', async () => {
    for (const bad of ['2025-02-30', '2025/03/01', 'tomorrow']) {
      const io = capture();
      expect(await runFollowUps(['--data', data, '--as-of', bad], io)).toBe(2);
      expect(io.err).toContain('--as-of');
      expect(io.err).toContain('YYYY-MM-DD');
      expect(io.out).toBe('');
    }
    const io = capture();
    expect(await runFollowUps(['--data', data, '--meeting', 'no-such-meeting'], io)).toBe(2);
    expect(io.err).toContain('没有编号为“no-such-meeting”的会议');
    const unknown = capture();
    expect(await runFollowUps(['--data', data, '--colour'], unknown)).toBe(2);
    expect(unknown.err).toContain('参数有误');
  });

  it('the same JSON, byte for byte, in Los Angeles and on Kiritimati for a fixed --as-of', () => {
    const run = (zone: string) =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'electron/cli.ts', 'follow-ups', '--data', data, '--as-of', AS_OF, '--json'],
        { cwd: repoRoot, env: { ...process.env, TZ: zone }, encoding: 'utf8' },
      );
    const la = run('America/Los_Angeles');
    const kiritimati = run('Pacific/Kiritimati');
    expect(la).toBe(kiritimati);
    FollowUpsJson.parse(JSON.parse(la));
    // The zone children really ran in their zones, a day apart from each other at most moments.
    const offset = (zone: string) =>
      spawnSync(process.execPath, ['-e', 'process.stdout.write(String(new Date().getTimezoneOffset()))'], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      }).stdout;
    expect(
      Number(offset('America/Los_Angeles')) - Number(offset('Pacific/Kiritimati')),
    ).toBeGreaterThanOrEqual(17 * 60);
  }, 120_000);
});
