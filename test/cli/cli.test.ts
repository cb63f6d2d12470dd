import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MeetingSummary } from '../../shared/api';
import { runDemo } from '../../electron/cli/demo-command';
import { runMeetings } from '../../electron/cli/meetings-command';
import type { CliIo } from '../../electron/cli/cli-io';

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rbd-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('cli', () => {
  it('demo creates the sample office and meetings; meetings --json lists them', async () => {
    const data = tempDir();
    const demo = capture();
    expect(await runDemo(['--data', data], demo)).toBe(0);
    expect(demo.out).toContain('方庄街道办事处');
    const list = capture();
    expect(await runMeetings(['--data', data, '--json'], list)).toBe(0);
    const meetings = MeetingSummary.array().parse(JSON.parse(list.out));
    expect(meetings.map((m) => m.title)).toContain('方庄街道 2025 年向群众报告工作会');
    expect(meetings.map((m) => m.startsAt)).toEqual([...meetings.map((m) => m.startsAt)].sort().reverse());
  });

  it('demo refuses to run twice over the same data', async () => {
    const data = tempDir();
    expect(await runDemo(['--data', data], capture())).toBe(0);
    const again = capture();
    expect(await runDemo(['--data', data], again)).toBe(1);
    expect(again.err).toContain('已有数据');
    const list = capture();
    await runMeetings(['--data', data, '--json'], list);
    expect(JSON.parse(list.out)).toHaveLength(3);
  });
});
