import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../shared/api';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { value } from '../contract/result-helpers';
import { tempDir } from '../storage/helpers';

const by = '工作人员';
/** 2025-03-05 14:30 in Beijing. */
const now = () => new Date('2025-03-05T06:30:00Z');

const open: AppServices[] = [];
afterEach(async () => {
  for (const services of open.splice(0)) await services.close();
});

async function servicesAt(dir: string): Promise<AppServices> {
  const services = await openAppServices({
    store: new FileDocumentStore({ dir }),
    dataDir: dir,
    version: 't',
    now,
  });
  open.push(services);
  return services;
}

function caller(services: AppServices) {
  return async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> =>
    value(await services.call(method, input));
}

/** Every file under the folder, by its path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

describe('彩排 on the file store', () => {
  it('leaves every real file byte-identical after a rehearsal of creates, moves, commitments, scores and a close', async () => {
    const dir = tempDir('rehearsal-');
    const services = await servicesAt(dir);
    const call = caller(services);
    await call('sample.install', {});
    const held = (await call('meetings.list', {})).find((m) => m.title === '停车管理专题报告会')!;
    const meetingId = held.id;
    const department = (await call('office.get', {})).departments[0]!.id;
    const realMeetingFile = [...snapshot(dir).keys()].find((f) => f.includes(`meeting-${meetingId}`))!;
    expect(realMeetingFile).toBeDefined();
    const before = snapshot(dir);

    await call('rehearsal.start', { meetingId, withTestData: true });
    const rehearsal = await call('questions.list', { meetingId });
    expect(rehearsal.rehearsal).not.toBeNull();
    expect(rehearsal.questions.map((q) => q.state)).toEqual(
      expect.arrayContaining([
        'waiting',
        'onScreen',
        'answered',
        'committed',
        'referred',
        'declined',
        'merged',
      ]),
    );
    expect(await call('commitments.list', { meetingId })).toHaveLength(1);
    const asked = await call('questions.create', { meetingId, question: { text: '彩排：楼下车位不够' }, by });
    const shown = await call('questions.move', {
      meetingId,
      id: asked.id,
      expectedRevision: 1,
      move: { to: 'onScreen' },
      by,
    });
    await call('commitments.create', {
      meetingId,
      commitment: {
        questionId: asked.id,
        text: '彩排承诺：施划车位',
        listType: 'immediate',
        leadDepartmentId: department,
        deadline: { kind: 'preset', preset: 'today' },
      },
      questionRevision: shown.revision,
      by,
    });
    const part = (await call('scores.get', { meetingId })).parts[0]!;
    await call('scores.set', {
      meetingId,
      partId: part.partId,
      hands: { satisfied: 3, basicallySatisfied: 2, dissatisfied: 1 },
      by,
    });
    await call('questions.referRest', { meetingId, dueDate: '2025-03-20', departmentId: null, by });
    await call('live.close', { meetingId, by });
    // The rehearsal was written to disk, to its own file, and the real one was not touched meanwhile.
    const during = snapshot(dir);
    expect([...during.keys()].some((f) => f.startsWith(`rehearsal-${meetingId}`))).toBe(true);
    expect(during.get(realMeetingFile)?.equals(before.get(realMeetingFile)!)).toBe(true);

    const wiped = await call('rehearsal.wipe', { meetingId });
    expect(wiped.questions).toBe(rehearsal.questions.length + 1);
    const after = snapshot(dir);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), file).toBe(true);
    const real = await call('questions.list', { meetingId });
    expect(real.rehearsal).toBeNull();
    expect(real.questions).toHaveLength(32);
    expect((await call('meetings.get', { id: meetingId })).status).toBe('closed');
  });
});

describe('the live record survives a restart', () => {
  it('keeps questions, their history, commitments, scores and the close after reopening the folder', async () => {
    const dir = tempDir('live-');
    const first = await servicesAt(dir);
    let call = caller(first);
    const meetingId = (
      await call('meetings.create', {
        title: '芳城园一区居民议事会',
        level: 'community',
        startsAt: '2025-03-05T14:00:00+08:00',
      })
    ).id;
    const lead = (await call('departments.create', { name: '社区建设办公室' })).id;
    const texts = ['晚上停车难', '消防通道被占', '快递车乱停', '道闸经常坏', '电动车楼道充电'];
    const ids: string[] = [];
    for (const text of texts) {
      ids.push(
        (await call('questions.create', { meetingId, question: { text, askerName: '李阿姨' }, by })).id,
      );
    }
    await call('questions.merge', { meetingId, sourceId: ids[1]!, targetId: ids[0]!, by });
    await call('questions.move', {
      meetingId,
      id: ids[2]!,
      expectedRevision: 1,
      move: { to: 'declined', reason: '不属于本社区职责' },
      by,
    });
    const k = await call('commitments.create', {
      meetingId,
      commitment: {
        questionId: ids[3]!,
        text: '更换车牌识别道闸',
        listType: 'deadline',
        leadDepartmentId: lead,
        deadline: { kind: 'preset', preset: 'days30' },
      },
      by,
    });
    const part = (await call('scores.get', { meetingId })).parts[0]!;
    const hands = { satisfied: 40, basicallySatisfied: 8, dissatisfied: 2 };
    await call('scores.set', { meetingId, partId: part.partId, hands, by });
    const beforeRestart = await call('questions.list', { meetingId });
    await first.close();
    open.splice(open.indexOf(first), 1);

    const second = await servicesAt(dir);
    call = caller(second);
    const listed = await call('questions.list', { meetingId });
    expect(listed).toEqual(beforeRestart);
    expect(listed.questions.map((q) => q.text)).toEqual(texts);
    expect(listed.questions.map((q) => q.state)).toEqual([
      'waiting',
      'merged',
      'declined',
      'committed',
      'waiting',
    ]);
    expect(await call('commitments.list', { meetingId })).toMatchObject([
      { id: k.id, deadline: '2025-04-04' },
    ]);
    expect((await call('scores.get', { meetingId })).parts[0]?.hands).toEqual(hands);
  });
});
