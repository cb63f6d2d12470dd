import { describe, expect, expectTypeOf, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { meetingDocName, opinionsDocName } from '../../electron/storage/documents';
import { MemoryDocumentStore } from '../../electron/storage/memory-document-store';
import type { MeetingSummary, Result } from '../../shared/api';
import type {
  Community,
  Meeting,
  MeetingDocument,
  Office,
  OpinionSetDocument,
  Preferences,
} from '../../shared/domain';
import { value } from '../contract/result-helpers';

const now = () => new Date('2025-03-01T02:00:00Z');
const open = (store = new MemoryDocumentStore()) =>
  openAppServices({ store, dataDir: '/mem', version: 'test', now });

const draft = { title: '方庄街道报告会', level: 'street' as const, startsAt: '2025-03-05T14:30:00+08:00' };

describe('typed in-process calls', () => {
  it('gives each method its own input and output types, with no cast at the caller', async () => {
    const app = await open();
    const created = await app.call('communities.create', { name: '芳城园社区' });
    expectTypeOf(created).toEqualTypeOf<Result<Community>>();
    expect(value(created).name).toBe('芳城园社区');
    expectTypeOf(await app.call('meetings.list', {})).toEqualTypeOf<Result<MeetingSummary[]>>();

    // @ts-expect-error a name must be text
    const wrong = await app.call('communities.create', { name: 1 });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // @ts-expect-error only the contract's methods can be called in process
    expect(await app.call('communities.nope', {})).toMatchObject({ ok: false });
    // The transports' entry takes any name off the wire and says it names no method.
    expect(await app.dispatch('communities.nope', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    await app.close();
  });

  it('types each stored document by its name', async () => {
    const app = await open();
    const meeting = value(await app.call('meetings.create', draft));
    expectTypeOf(meeting).toEqualTypeOf<Meeting>();
    const repo = app.ctx.repo;
    expectTypeOf(repo.get('office')).toEqualTypeOf<Office | undefined>();
    expectTypeOf(repo.get('preferences')).toEqualTypeOf<Preferences | undefined>();
    expectTypeOf(repo.get(meetingDocName(meeting.id))).toEqualTypeOf<MeetingDocument | undefined>();
    expectTypeOf(repo.get(opinionsDocName(meeting.id))).toEqualTypeOf<OpinionSetDocument | undefined>();
    expect(repo.get(meetingDocName(meeting.id))?.meeting.title).toBe(draft.title);
    // @ts-expect-error a name that is no document's
    expect(repo.get('settings')).toBeUndefined();
    await app.close();
  });

  it('keeps what lasts one run in that run’s context: two runs on one store never see each other’s', async () => {
    const store = new MemoryDocumentStore();
    const first = await open(store);
    const { id } = value(await first.call('meetings.create', draft));
    value(await first.call('meetings.delete', { id }));
    expect(first.ctx.session.deletedMeetings.has(id)).toBe(true);

    const second = await open(store);
    expect(second.ctx.session.deletedMeetings.size).toBe(0);
    expect(await second.call('meetings.undoDelete', { id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(value(await first.call('meetings.undoDelete', { id })).id).toBe(id);
    await first.close();
    await second.close();
  });
});
