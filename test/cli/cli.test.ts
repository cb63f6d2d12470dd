import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MeetingSummary, type OpinionAnalysis, type OpinionPage, type Result } from '../../shared/api';
import type { ImportRecord, OpinionGroup } from '../../shared/domain';
import { formatChange, formatRate } from '../../shared/logic/fraction';
import { SAMPLE_OPINION_FIGURES } from '../../electron/sample/sample-work-orders';
import { runImport } from '../../electron/cli/import-command';
import { openServicesAt } from '../../electron/cli/open-services';
import { figure109Xlsx, htmlErrorPage } from '../fixtures/make-fixtures';
import { runDemo } from '../../electron/cli/demo-command';
import { runMeetings } from '../../electron/cli/meetings-command';
import type { CliIo } from '../../electron/cli/cli-io';

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
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
    // It says how many report cards it built, and that many are stored for the street meeting.
    const cards = /(\d+) 张卡片的数字成绩单/.exec(demo.out);
    expect(cards).not.toBeNull();
    expect(Number(cards![1])).toBeGreaterThan(0);
    const list = capture();
    expect(await runMeetings(['--data', data, '--json'], list)).toBe(0);
    const meetings = MeetingSummary.array().parse(JSON.parse(list.out));
    expect(meetings.map((m) => m.title)).toContain('方庄街道 2025 年向群众报告工作会');
    expect(meetings.map((m) => m.startsAt)).toEqual([...meetings.map((m) => m.startsAt)].sort().reverse());
  });

  it('demo holds the parking meeting: ≥30 questions in every outcome, commitments of all three lists, shown by meetings', async () => {
    const data = tempDir();
    expect(await runDemo(['--data', data], capture())).toBe(0);
    const list = capture();
    expect(await runMeetings(['--data', data, '--json'], list)).toBe(0);
    const held = MeetingSummary.array()
      .parse(JSON.parse(list.out))
      .find((m) => m.title === '停车管理专题报告会');
    expect(held?.status).toBe('closed');
    const questions = held!.questions;
    expect(Object.values(questions).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30);
    for (const state of ['answered', 'committed', 'referred', 'declined', 'merged'] as const) {
      expect(questions[state], state).toBeGreaterThan(0);
    }
    // Closed: the close is refused while one is waiting or on screen, so none is left.
    expect(questions.waiting + questions.onScreen).toBe(0);
    for (const type of ['immediate', 'deadline', 'ongoing'] as const) {
      expect(held!.commitments[type], type).toBeGreaterThan(0);
    }
    const human = capture();
    expect(await runMeetings(['--data', data], human)).toBe(0);
    expect(human.out).toMatch(
      /现场提问 \d+ 条（当场答复 \d+，形成承诺 \d+，转交书面答复 \d+，不予采纳 \d+，已合并 \d+）/,
    );
    expect(human.out).toMatch(/当场承诺 7 项（立即整改 3，限期办理 2，持续推进 2）/);
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

describe('cli import and the demo opinion set', () => {
  async function demoData() {
    const data = tempDir();
    expect(await runDemo(['--data', data], capture())).toBe(0);
    const app = await openServicesAt(data);
    try {
      const meetings = value(await app.dispatch('meetings.list', { level: 'street' })) as MeetingSummary[];
      const meetingId = meetings[0]!.id;
      return {
        data,
        meetingId,
        analysis: value(await app.dispatch('opinions.analysis', { meetingId })) as OpinionAnalysis,
        groups: value(await app.dispatch('groups.list', { meetingId })) as OpinionGroup[],
      };
    } finally {
      await app.close();
    }
  }

  it('demo imports the work-order set: parking 261 → 138 (−47%), 93.6% resolved, grouped items and tasks', async () => {
    const { analysis, groups } = await demoData();
    expect(analysis.summary).toMatchObject({
      total: SAMPLE_OPINION_FIGURES.total,
      resolved: SAMPLE_OPINION_FIGURES.resolved,
    });
    expect(formatRate(analysis.summary.resolutionRate)).toBe('93.6%');
    const yoy = analysis.yearOnYear!;
    expect(yoy).toMatchObject({ year: 2025, previousYear: 2024, from: '01-01', through: '02-28' });
    const parking = yoy.byCategory.find((r) => r.name === '停车管理')!;
    expect(parking).toMatchObject({ previous: 261, current: 138 });
    expect(formatChange(parking.change)).toBe('-47.1%');
    expect(groups.map((g) => g.kind).sort()).toEqual(['item', 'item', 'task', 'task']);
    expect(groups.every((g) => g.opinionIds.length > 0)).toBe(true);
  });

  it('import adds a work-order file to a meeting and refuses a web page saved as .xlsx, changing nothing', async () => {
    const { data, meetingId } = await demoData();
    const dir = tempDir();
    const good = join(dir, '一季度工单.xlsx');
    writeFileSync(good, figure109Xlsx());
    const bad = join(dir, '导出失败.xlsx');
    writeFileSync(bad, htmlErrorPage());
    // Every file under the data folder (documents and their backups), to prove a refusal wrote nothing.
    const files = () =>
      readdirSync(data, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort()
        .map((path) => [path, readFileSync(path, 'utf8')]);

    const before = files();
    const refused = capture();
    expect(await runImport([bad, '--data', data, '--meeting', meetingId], refused)).toBe(2);
    expect(refused.err).toMatch(/^无法导入「.*导出失败\.xlsx」：.*网页/);
    expect(refused.out).toBe('');
    expect(files()).toEqual(before);
    const noMeeting = capture();
    expect(await runImport([good, '--data', data, '--meeting', 'm-nothere'], noMeeting)).toBe(2);
    expect(noMeeting.err).toMatch(/找不到会议/);
    expect(files()).toEqual(before);

    const done = capture();
    expect(await runImport([good, '--data', data, '--meeting', meetingId], done)).toBe(0);
    expect(done.out).toMatch(/新增 109 条诉求；跳过 1 行，文件内重复 0 条，此前已导入 0 条/);
    expect(done.out).toMatch(/会议现有诉求 1359 条/);
    const app = await openServicesAt(data);
    try {
      const imports = value(await app.dispatch('imports.list', { meetingId })) as ImportRecord[];
      expect(imports.map((r) => r.fileName)).toContain('一季度工单.xlsx');
      expect((value(await app.dispatch('opinions.list', { meetingId, limit: 1 })) as OpinionPage).total).toBe(
        1359,
      );
    } finally {
      await app.close();
    }
  });
});
