import type { NetworkInterfaceInfo } from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interfacesFrom } from '../../electron/services/gateway-service';
import { gateDocName } from '../../electron/storage/documents';
import { FileDocumentStore } from '../../electron/storage/file-document-store';
import type { AnyEvent } from '../../shared/api';
import { DEFAULT_FLAGGED_WORDS } from '../../shared/domain';
import { tempDir } from '../storage/helpers';
import { fakeGateways } from './support/fake-gateways';
import { by, clientId, meetingDraft, openPhoneDesk, phoneId, type PhoneDesk } from './support/phone-desk';

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

function stored<T>(doc: T | undefined): T {
  if (doc === undefined) throw new Error('the gate document is missing');
  return doc;
}

describe('gateway.interfaces', () => {
  it('lists IPv4 and routable IPv6, the hall’s network first and loopback last, without link-local', () => {
    const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
      address,
      family: 'IPv4',
      internal,
      netmask: '255.255.255.0',
      mac: '00:00:00:00:00:00',
      cidr: null,
    });
    const v6 = (address: string, internal = false): NetworkInterfaceInfo => ({
      address,
      family: 'IPv6',
      internal,
      netmask: 'ffff:ffff:ffff:ffff::',
      mac: '00:00:00:00:00:00',
      cidr: null,
      scopeid: 0,
    });
    const listed = interfacesFrom({
      lo: [v4('127.0.0.1', true), v6('::1', true)],
      WLAN: [v6('fe80::1'), v6('fd00::5'), v4('192.168.1.20')],
      以太网: [v4('10.0.0.8')],
    });
    expect(listed).toEqual([
      { name: 'WLAN', address: '192.168.1.20', family: 'IPv4', internal: false },
      { name: '以太网', address: '10.0.0.8', family: 'IPv4', internal: false },
      { name: 'WLAN', address: 'fd00::5', family: 'IPv6', internal: false },
      { name: 'lo', address: '127.0.0.1', family: 'IPv4', internal: true },
      { name: 'lo', address: '::1', family: 'IPv6', internal: true },
    ]);
  });
});

describe('the question box', () => {
  let desk: PhoneDesk;
  let meetingId: string;
  let seen: AnyEvent[];

  beforeEach(async () => {
    desk = await openPhoneDesk();
    meetingId = (await desk.call('meetings.create', meetingDraft)).id;
    seen = [];
    desk.services.events.subscribe((message) => seen.push(message));
  });
  afterEach(async () => {
    await desk.close();
  });

  const gate = () => desk.services.ctx.repo.get(gateDocName(meetingId));
  const gatewayEvents = () => seen.filter((m) => m.event === 'gateway.changed');

  it('lists this computer’s loopback among the interfaces', async () => {
    const listed = await desk.call('gateway.interfaces', {});
    expect(listed).toContainEqual({
      name: expect.any(String),
      address: '127.0.0.1',
      family: 'IPv4',
      internal: true,
    });
  });

  it('opens on the chosen address with a new 128-bit token, and says so to the hall', async () => {
    expect(await desk.call('gateway.status', { meetingId })).toMatchObject({
      state: 'closed',
      address: null,
      joinUrl: null,
      received: 0,
    });
    const status = await desk.call('gateway.open', {
      meetingId,
      address: '127.0.0.1',
      wifi: 'Fangzhuang-Guest',
      by,
    });
    const [launch] = desk.gateways.starts;
    expect(launch).toMatchObject({ meetingId, address: '127.0.0.1', port: 8686 });
    expect(launch?.token).toMatch(TOKEN);
    expect(status).toMatchObject({
      state: 'open',
      address: '127.0.0.1',
      port: 8686,
      joinUrl: `http://127.0.0.1:8686/#k=${launch?.token}`,
      wifi: 'Fangzhuang-Guest',
      openedAt: '2025-03-05T14:30:00+08:00',
    });
    expect(gate()).toMatchObject({
      open: true,
      token: launch?.token,
      address: '127.0.0.1',
      wifi: 'Fangzhuang-Guest',
    });
    expect(gatewayEvents()).toContainEqual({ event: 'gateway.changed', payload: { meetingId } });
    const hall = await desk.call('live.public', { meetingId });
    expect(hall).toMatchObject({ joinUrl: status.joinUrl, wifi: 'Fangzhuang-Guest' });
  });

  it('writes an IPv6 address in brackets and takes the port asked for', async () => {
    const status = await desk.call('gateway.open', { meetingId, address: '::1', port: 9090, by });
    expect(status.joinUrl).toMatch(/^http:\/\/\[::1\]:9090\/#k=[A-Za-z0-9_-]{22}$/);
  });

  it('closes, and reopens with the same token so phones carry on; a new meeting has its own', async () => {
    await desk.call('gateway.open', { meetingId, address: '127.0.0.1', port: 9001, by });
    const token = gate()?.token;
    const closed = await desk.call('gateway.close', { meetingId, by });
    expect(desk.gateways.stops).toBe(1);
    expect(closed).toMatchObject({ state: 'closed', joinUrl: null, address: '127.0.0.1' });
    expect(gate()).toMatchObject({ open: false, closedAt: '2025-03-05T14:30:00+08:00', token });
    expect((await desk.call('live.public', { meetingId })).joinUrl).toBeNull();
    await desk.call('gateway.open', { meetingId, address: '127.0.0.1', by });
    expect(desk.gateways.starts.at(-1)).toMatchObject({ token, port: 9001 });
    await desk.call('gateway.close', { meetingId, by });

    const next = (await desk.call('meetings.create', { ...meetingDraft, title: '第二场' })).id;
    await desk.call('gateway.open', { meetingId: next, address: '127.0.0.1', by });
    expect(desk.gateways.starts.at(-1)?.token).toMatch(TOKEN);
    expect(desk.gateways.starts.at(-1)?.token).not.toBe(token);
  });

  it('renews the token, restarting a running box with it', async () => {
    await desk.call('gateway.open', { meetingId, address: '127.0.0.1', by });
    const old = gate()?.token;
    const renewed = await desk.call('gateway.renewToken', { meetingId, by });
    const token = gate()?.token;
    expect(token).toMatch(TOKEN);
    expect(token).not.toBe(old);
    expect(desk.gateways.starts.at(-1)?.token).toBe(token);
    expect(renewed.joinUrl).toBe(`http://127.0.0.1:8686/#k=${token}`);
    // Closed: only the document changes.
    await desk.call('gateway.close', { meetingId, by });
    const starts = desk.gateways.starts.length;
    await desk.call('gateway.renewToken', { meetingId, by });
    expect(desk.gateways.starts).toHaveLength(starts);
    expect(gate()?.token).not.toBe(token);
  });

  it('refuses an address this computer does not have, a closed meeting and a second meeting’s box', async () => {
    const gone = await desk.refused('gateway.open', { meetingId, address: '203.0.113.77', by });
    expect(gone).toMatchObject({ code: 'invalid_input' });
    expect(gone.message).toContain('203.0.113.77');
    expect(gate()).toBeUndefined();
    expect(desk.gateways.starts).toHaveLength(0);

    await desk.call('gateway.open', { meetingId, address: '127.0.0.1', by });
    const other = (await desk.call('meetings.create', { ...meetingDraft, title: '物业管理专题会' })).id;
    const busy = await desk.refused('gateway.open', { meetingId: other, address: '127.0.0.1', by });
    expect(busy.code).toBe('conflict');
    expect(busy.message).toContain('停车管理专题报告会');

    await desk.call('live.close', { meetingId: other, by });
    const closed = await desk.refused('gateway.open', { meetingId: other, address: '127.0.0.1', by });
    expect(closed.message).toContain('已结束');
    expect(
      await desk.refused('gateway.open', { meetingId: 'm-nowhere', address: '127.0.0.1', by }),
    ).toMatchObject({
      code: 'not_found',
    });
  });

  it('reports a failed start in Chinese and leaves the gate document as it was', async () => {
    desk.gateways.failWith = '端口 8686 已被其他程序占用';
    const refused = await desk.refused('gateway.open', { meetingId, address: '127.0.0.1', by });
    expect(refused.message).toBe('手机提问没有打开：端口 8686 已被其他程序占用');
    expect(gate()).toBeUndefined();
    desk.gateways.failWith = null;
    await desk.call('gateway.open', { meetingId, address: '127.0.0.1', by });
    // Moving a running box to another port that fails leaves it failed, and its status says why.
    desk.gateways.failWith = '端口 9999 已被其他程序占用';
    await desk.refused('gateway.open', { meetingId, address: '127.0.0.1', port: 9999, by });
    expect(await desk.call('gateway.status', { meetingId })).toMatchObject({
      state: 'failed',
      error: '端口 9999 已被其他程序占用',
      joinUrl: null,
    });
    desk.gateways.failWith = null;
    await desk.call('gateway.open', { meetingId, address: '127.0.0.1', by });
    expect((await desk.call('gateway.status', { meetingId })).state).toBe('open');
    await desk.call('gateway.close', { meetingId, by });
    const before = gate();
    desk.gateways.failWith = '网络已断开';
    await desk.refused('gateway.open', { meetingId, address: '127.0.0.1', wifi: '新名字', by });
    expect(gate()).toEqual(before);
  });

  it('lets another meeting open where this one’s box failed, closing the failed one', async () => {
    await desk.call('gateway.open', { meetingId, address: '127.0.0.1', by });
    desk.gateways.failWith = '网络已断开';
    await desk.refused('gateway.renewToken', { meetingId, by });
    expect((await desk.call('gateway.status', { meetingId })).state).toBe('failed');
    desk.gateways.failWith = null;
    const other = (await desk.call('meetings.create', { ...meetingDraft, title: '第二场' })).id;
    expect((await desk.call('gateway.open', { meetingId: other, address: '127.0.0.1', by })).state).toBe(
      'open',
    );
    expect(gate()?.open).toBe(false);
    expect((await desk.call('gateway.status', { meetingId })).state).toBe('closed');
  });

  it('closes the box when its meeting closes, and tells the gateway of every live change', async () => {
    await desk.call('gateway.open', { meetingId, address: '127.0.0.1', by });
    await desk.phone(meetingId, 'submit', {
      phoneId: phoneId(1),
      question: { clientId: clientId(1), text: '停车难' },
    });
    expect(desk.gateways.notifies).toContain(meetingId);
    expect((await desk.call('gateway.status', { meetingId })).received).toBe(1);
    const [q] = (await desk.call('questions.list', { meetingId })).questions;
    if (!q) throw new Error('no question');
    await desk.call('questions.move', {
      meetingId,
      id: q.id,
      expectedRevision: 1,
      move: { to: 'answered' },
      by,
    });
    await desk.call('live.close', { meetingId, by });
    await vi.waitFor(() => expect(gate()?.open).toBe(false));
    expect(desk.gateways.stops).toBe(1);
    expect((await desk.call('gateway.status', { meetingId })).state).toBe('closed');
  });

  it('keeps and edits the office’s flag words', async () => {
    expect(await desk.call('moderation.words.get', {})).toEqual([...DEFAULT_FLAGGED_WORDS]);
    const saved = await desk.call('moderation.words.set', { words: [' 拆迁款 ', 'SB', 'ｓｂ', '狗官'], by });
    expect(saved).toEqual(['拆迁款', 'SB', '狗官']);
    expect(await desk.call('moderation.words.get', {})).toEqual(saved);
    expect(seen.map((m) => m.event)).toEqual(expect.arrayContaining(['office.changed', 'gateway.changed']));
    const empty = await desk.refused('moderation.words.set', { words: ['  '], by });
    expect(empty.code).toBe('invalid_input');
    const long = await desk.refused('moderation.words.set', { words: ['长'.repeat(21)], by });
    expect(long.message).toContain('20');
    expect(await desk.call('moderation.words.get', {})).toEqual(saved);
  });
});

describe('where the app cannot start processes', () => {
  it('refuses to open with the port’s reason', async () => {
    const desk = await openPhoneDesk({ gateways: fakeGateways({ available: false }) });
    try {
      const meetingId = (await desk.call('meetings.create', meetingDraft)).id;
      const refused = await desk.refused('gateway.open', { meetingId, address: '127.0.0.1', by });
      expect(refused).toMatchObject({ code: 'unavailable', message: '这个程序（命令行）不能打开手机提问' });
      expect(desk.services.ctx.repo.get(gateDocName(meetingId))).toBeUndefined();
    } finally {
      await desk.close();
    }
  });
});

describe('after the app restarts', () => {
  it('opens the box again with the same token, without holding up the start, and retries complete', async () => {
    const dir = tempDir('gate-');
    const first = await openPhoneDesk({ store: new FileDocumentStore({ dir }), dataDir: dir });
    const meetingId = (await first.call('meetings.create', meetingDraft)).id;
    await first.call('gateway.open', { meetingId, address: '127.0.0.1', port: 9100, wifi: 'Hall', by });
    const token = first.gateways.starts[0]?.token;
    const acked = await first.phone(meetingId, 'submit', {
      phoneId: phoneId(1),
      question: { clientId: clientId(1), text: '停车难' },
    });
    await first.close();

    const gateways = fakeGateways();
    gateways.hold = true;
    const second = await openPhoneDesk({ store: new FileDocumentStore({ dir }), dataDir: dir, gateways });
    try {
      // The services are up while the box is still starting.
      expect((await second.call('gateway.status', { meetingId })).state).toBe('starting');
      gateways.release();
      await vi.waitFor(() => expect(gateways.port().current()?.state).toBe('open'));
      expect(gateways.starts).toEqual([{ meetingId, address: '127.0.0.1', port: 9100, token }]);
      await vi.waitFor(async () =>
        expect((await second.call('gateway.status', { meetingId })).state).toBe('open'),
      );
      // The phone that never heard back sends again: the same question, once.
      const retried = await second.phone(meetingId, 'submit', {
        phoneId: phoneId(1),
        question: { clientId: clientId(1), text: '停车难' },
      });
      expect(retried.id).toBe(acked.id);
      expect((await second.call('questions.list', { meetingId })).questions).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('does not reopen a closed meeting’s box, and says why when its address is gone', async () => {
    const dir = tempDir('gate-');
    const first = await openPhoneDesk({ store: new FileDocumentStore({ dir }), dataDir: dir });
    const closedId = (await first.call('meetings.create', meetingDraft)).id;
    const goneId = (await first.call('meetings.create', { ...meetingDraft, title: '第二场' })).id;
    const repo = first.services.ctx.repo;
    await first.call('gateway.open', { meetingId: closedId, address: '127.0.0.1', by });
    await first.call('live.close', { meetingId: closedId, by });
    await vi.waitFor(() => expect(repo.get(gateDocName(closedId))?.open).toBe(false));
    // As if the laptop was on another network when it last ran.
    await first.call('gateway.open', { meetingId: goneId, address: '127.0.0.1', by });
    await repo.update(gateDocName(goneId), (g) => ({ ...stored(g), address: '203.0.113.9' }));
    // As if the app died between the close and shutting the box.
    await repo.update(gateDocName(closedId), (g) => ({ ...stored(g), open: true }));
    await first.close();

    const gateways = fakeGateways();
    const second = await openPhoneDesk({ store: new FileDocumentStore({ dir }), dataDir: dir, gateways });
    try {
      await vi.waitFor(async () =>
        expect((await second.call('gateway.status', { meetingId: goneId })).state).toBe('failed'),
      );
      const status = await second.call('gateway.status', { meetingId: goneId });
      expect(status.error).toContain('203.0.113.9');
      expect(gateways.starts).toEqual([]);
      expect(second.services.ctx.repo.get(gateDocName(closedId))?.open).toBe(true);
      expect((await second.call('gateway.status', { meetingId: closedId })).state).toBe('closed');
    } finally {
      await second.close();
    }
  });
});
