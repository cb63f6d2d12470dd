import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createApiClient,
  events,
  resyncEvents,
  type AnyEvent,
  type ApiClient,
  type EventName,
} from '../../shared/api';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { figure109Xlsx } from '../fixtures/make-fixtures';
import { value } from '../contract/result-helpers';
import { tempDir } from '../storage/helpers';

const draft = {
  title: '芳群园街道 2025 年向群众报告工作会',
  level: 'street' as const,
  startsAt: '2025-04-10T14:30:00+08:00',
};
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

interface Desk {
  services: AppServices;
  api: ApiClient;
}

/**
 * For every event the contract declares, the API call a user makes that must emit it. Typed over
 * every event name, so declaring an event without saying what emits it fails the typecheck, and
 * the test below fails when that call no longer emits it.
 */
const emitters: { [E in EventName]: (desk: Desk) => Promise<void> } = {
  'meetings.changed': async ({ api }) => void value(await api.call('meetings.create', draft)),
  'office.changed': async ({ api }) => void value(await api.call('office.update', { name: '芳群园街道' })),
  'preferences.changed': async ({ api }) =>
    void value(await api.call('preferences.update', { language: 'en-US' })),
  'notices.changed': async ({ api }) => {
    const [notice] = value(await api.call('app.info', {})).notices;
    if (!notice) throw new Error('the damaged document left no notice');
    value(await api.call('app.dismissNotice', { id: notice.id }));
  },
  'opinions.changed': async ({ api }) => {
    const meetingId = value(await api.call('meetings.create', draft)).id;
    const { previewId } = value(
      await api.call('imports.preview', {
        meetingId,
        jobId: 'job-1',
        fileName: '工单.xlsx',
        dataBase64: b64(figure109Xlsx()),
      }),
    );
    value(await api.call('imports.confirm', { meetingId, previewId }));
  },
  'imports.progress': async ({ api }) => {
    const meetingId = value(await api.call('meetings.create', draft)).id;
    value(
      await api.call('imports.preview', {
        meetingId,
        jobId: 'job-2',
        fileName: '工单.xlsx',
        dataBase64: b64(figure109Xlsx()),
      }),
    );
  },
  'report.changed': async ({ api }) => {
    const meetingId = value(await api.call('meetings.create', draft)).id;
    const { settings } = value(await api.call('report.get', { meetingId }));
    value(await api.call('report.save', { meetingId, cards: [], settings, expectedRevision: 0 }));
  },
  'presentation.changed': async ({ api }) => {
    const meetingId = value(await api.call('meetings.create', draft)).id;
    value(await api.call('presentation.act', { meetingId, action: { kind: 'start', fromCurrent: false } }));
  },
  'live.changed': async ({ api }) => {
    const meetingId = value(await api.call('meetings.create', draft)).id;
    value(
      await api.call('questions.create', { meetingId, question: { text: '小区停车难' }, by: '工作人员' }),
    );
  },
  // A new token changes what every phone's QR opens, so the consoles must hear of it; no process needed.
  'gateway.changed': async ({ api }) => {
    const meetingId = value(await api.call('meetings.create', draft)).id;
    value(await api.call('gateway.renewToken', { meetingId, by: '工作人员' }));
  },
  'followUps.changed': async ({ api }) => {
    const meetingId = value(await api.call('meetings.create', draft)).id;
    value(
      await api.call('followUps.create', {
        meetingId,
        draft: { title: '修复 3 号楼楼道灯', listType: 'immediate' },
        by: '工作人员',
      }),
    );
  },
  'projects.changed': async ({ api }) =>
    void value(await api.call('projects.createBatch', { by: '工作人员' })),
};

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** An office whose preferences document was damaged, so there is a storage notice to dismiss. */
async function openDesk(): Promise<Desk> {
  const dir = tempDir();
  dirs.push(dir);
  writeFileSync(join(dir, 'preferences.json'), '{"trunc');
  const services = await openAppServices({
    store: new FileDocumentStore({ dir }),
    dataDir: dir,
    version: 'test',
  });
  const api = createApiClient({
    invoke: (method, input) => services.dispatch(method, input),
    subscribe: (listener) => services.events.subscribe(({ event, payload }) => listener(event, payload)),
  });
  return { services, api };
}

describe('push events', () => {
  it('lists an emitter for exactly the events the contract declares', () => {
    expect(Object.keys(emitters).sort()).toEqual(Object.keys(events).sort());
  });

  for (const name of Object.keys(events) as EventName[]) {
    it(`${name} is emitted by the services, with a payload the contract accepts`, async () => {
      const desk = await openDesk();
      const seen: AnyEvent[] = [];
      const stop = desk.services.events.subscribe((message) => seen.push(message));
      try {
        await emitters[name](desk);
      } finally {
        stop();
        await desk.services.close();
      }
      const emitted = seen.filter((message) => message.event === name);
      expect(emitted.length, `${name} was never emitted`).toBeGreaterThan(0);
      for (const message of emitted) expect(events[name].safeParse(message.payload).success).toBe(true);
    });
  }

  it('resyncs every event whose missed messages would leave a screen stale, with payloads the contract accepts', () => {
    const resync = resyncEvents();
    expect(resync.map((message) => message.event)).toEqual([
      'meetings.changed',
      'office.changed',
      'preferences.changed',
      'notices.changed',
      'opinions.changed',
      'report.changed',
      'presentation.changed',
      'live.changed',
      'gateway.changed',
      'followUps.changed',
      'projects.changed',
    ]);
    for (const message of resync)
      expect(events[message.event].safeParse(message.payload).success, message.event).toBe(true);
  });
});
