import type { Input, Method, Output } from '../../shared/api';
import { openAppServices, type AppServices } from '../../electron/services/app-services';
import type { WindowPort } from '../../electron/services/service-context';
import type { DocumentStore } from '../../electron/storage/document-store';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import { refusal, value } from '../contract/result-helpers';
import { tempDir } from '../storage/helpers';

export const by = '工作人员';

export const meetingDraft = {
  title: '停车管理专题报告会',
  level: 'topic' as const,
  startsAt: '2025-03-01T09:30:00+08:00',
  venue: '方庄街道办事处二楼会议室',
};

const open: AppServices[] = [];

export async function closeAll(): Promise<void> {
  for (const services of open.splice(0)) await services.close();
}

export interface Opened {
  services: AppServices;
  call: <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;
  refuse: <M extends Method>(method: M, input: Input<M>) => Promise<{ code: string; message: string }>;
}

export async function openWith(
  store: DocumentStore,
  options: { dir?: string; now?: () => Date; windows?: WindowPort } = {},
): Promise<Opened> {
  const services = await openAppServices({
    store,
    dataDir: options.dir ?? tempDir('follow-media-'),
    version: 't',
    // 2025-03-01 10:00 in Beijing.
    now: options.now ?? (() => new Date('2025-03-01T02:00:00Z')),
    ...(options.windows ? { windows: options.windows } : {}),
  });
  open.push(services);
  return {
    services,
    call: async (method, input) => value(await services.call(method, input)),
    refuse: async (method, input) => refusal(await services.call(method, input)),
  };
}

export function openMemory(store = new MemoryDocumentStore(), now?: () => Date) {
  return openWith(store, now ? { now } : {});
}

export function openFolder(dir: string, now?: () => Date) {
  return openWith(new FileDocumentStore({ dir }), { dir, ...(now ? { now } : {}) });
}

/** A meeting closed with one commitment answering a resident and one referred question. */
export async function closedMeeting({ call }: Opened): Promise<{ meetingId: string; lead: string }> {
  const meetingId = (await call('meetings.create', meetingDraft)).id;
  const lead = (await call('departments.create', { name: '城市管理办公室' })).id;
  const q = await call('questions.create', {
    meetingId,
    question: { text: '小区晚上停车难', askerName: '王桂芳', askerPhone: '13801012345' },
    by,
  });
  await call('questions.move', { meetingId, id: q.id, expectedRevision: 1, move: { to: 'onScreen' }, by });
  await call('commitments.create', {
    meetingId,
    commitment: {
      questionId: q.id,
      text: '增设 30 个夜间共享车位',
      listType: 'deadline',
      leadDepartmentId: lead,
      deadline: { kind: 'preset', preset: 'days30' },
    },
    by,
  });
  const r = await call('questions.create', { meetingId, question: { text: '楼道漏水' }, by });
  await call('questions.move', {
    meetingId,
    id: r.id,
    expectedRevision: 1,
    move: { to: 'referred', departmentId: lead, dueDate: '2025-03-20' },
    by,
  });
  await call('live.close', { meetingId, by });
  return { meetingId, lead };
}
