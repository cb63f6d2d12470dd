import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, ipcChannel, methods, ok, type AnyEvent, type Result } from '../../shared/api';
import { bindIpc, FORBIDDEN_SENDER_MESSAGE, trustSendersFrom } from '../../electron/ipc/bind-ipc';
import { contractMethodNames } from '../../electron/ipc/contract-methods';
import { forwardEvents } from '../../electron/ipc/forward-events';
import { EventBus } from '../../electron/services/event-bus';
import { FakeIpcMain } from '../contract/fake-ipc';

const trusted = trustSendersFrom('app://renderer/');

function invoke(
  main: FakeIpcMain,
  channel: string,
  senderFrame: { url: string } | null | undefined,
  input: unknown,
) {
  const handler = main.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(senderFrame === undefined ? {} : { senderFrame }, input) as Promise<Result<unknown>>;
}

describe('bindIpc', () => {
  it('registers exactly one handler per contract method and removes them all on unbind', async () => {
    const main = new FakeIpcMain();
    const dispatch = vi.fn(async (method: string) => ok(method));
    const unbind = bindIpc(main, dispatch, trusted);
    expect([...main.handlers.keys()].sort()).toEqual(methods.map(ipcChannel).sort());
    expect(
      await invoke(
        main,
        ipcChannel('meetings.list'),
        { url: 'app://renderer/index.html' },
        { query: '方庄' },
      ),
    ).toEqual(ok('meetings.list'));
    expect(dispatch).toHaveBeenCalledWith('meetings.list', { query: '方庄' });
    // Electron refuses a second handler per channel; binding twice is a bug, not a silent override.
    expect(() => bindIpc(main, dispatch, trusted)).toThrow(/second handler/);
    unbind();
    expect(main.handlers.size).toBe(0);
  });

  it('answers an untrusted sender with a forbidden Result and never reaches the services', async () => {
    const main = new FakeIpcMain();
    const dispatch = vi.fn(async () => ok(null));
    bindIpc(main, dispatch, trusted);
    const senders = [
      { url: 'https://evil.example/' },
      { url: 'app://renderer.evil/index.html' },
      { url: 'file:///tmp/page.html' },
      { url: '' },
      null,
      undefined,
    ];
    for (const sender of senders) {
      const result = await invoke(main, ipcChannel('meetings.delete'), sender, { id: 'm1' });
      expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: FORBIDDEN_SENDER_MESSAGE } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('treats a sender check that throws as untrusted', async () => {
    const main = new FakeIpcMain();
    const dispatch = vi.fn(async () => ok(null));
    bindIpc(main, dispatch, () => {
      throw new Error('boom');
    });
    expect(await invoke(main, ipcChannel('app.info'), { url: 'app://renderer/' }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('trustSendersFrom', () => {
  it('accepts pages from the same scheme and host only', () => {
    const dev = trustSendersFrom('http://127.0.0.1:5173/');
    expect(dev('http://127.0.0.1:5173/#/meetings')).toBe(true);
    expect(dev('http://127.0.0.1:5174/')).toBe(false);
    expect(dev('http://localhost:5173/')).toBe(false);
    expect(dev('http://user:pw@127.0.0.1:5173/')).toBe(false);
    expect(trusted('app://renderer/settings')).toBe(true);
    expect(trusted('not a url')).toBe(false);
    expect(trusted(undefined)).toBe(false);
  });
});

describe('forwardEvents', () => {
  it('sends each service event on the event channel until stopped', () => {
    const bus = new EventBus();
    const sent: [string, AnyEvent][] = [];
    const stop = forwardEvents(bus, (channel, message) => sent.push([channel, message]));
    bus.emit('meetings.changed', { id: 'm1' });
    stop();
    bus.emit('office.changed', {});
    expect(sent).toEqual([[IPC_EVENT_CHANNEL, { event: 'meetings.changed', payload: { id: 'm1' } }]]);
  });
});

describe('the preload method list', () => {
  it('is exactly the contract', () => {
    expect([...contractMethodNames].sort()).toEqual([...methods].sort());
  });
});
