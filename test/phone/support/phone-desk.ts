import { openAppServices, type AppServices } from '../../../electron/services/app-services';
import type { DocumentStore } from '../../../electron/storage/document-store';
import { MemoryDocumentStore } from '../../../electron/storage/memory-document-store';
import type { Input, Method, Output, Result } from '../../../shared/api';
import type { PhoneInput, PhoneMethod, PhoneOutput } from '../../../shared/api/phone-contract';
import { refusal, value } from '../../contract/result-helpers';
import { fakeGateways, type FakeGateways } from './fake-gateways';

/** 14:30 in Beijing on the meeting's day. */
export const NOW = new Date('2025-03-05T06:30:00Z');
export const by = '工作人员';

export interface PhoneDesk {
  services: AppServices;
  gateways: FakeGateways;
  store: DocumentStore;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  refused<M extends Method>(method: M, input: Input<M>): Promise<ReturnType<typeof refusal>>;
  /** A phone's call as the gateway forwards it (untyped input off the wire). */
  phoneRaw(meetingId: string, method: string, input: unknown): Promise<Result<unknown>>;
  phone<M extends PhoneMethod>(meetingId: string, method: M, input: PhoneInput<M>): Promise<PhoneOutput<M>>;
  phoneRefused<M extends PhoneMethod>(
    meetingId: string,
    method: M,
    input: PhoneInput<M>,
  ): Promise<ReturnType<typeof refusal>>;
  close(): Promise<void>;
}

export async function openPhoneDesk(
  options: { store?: DocumentStore; gateways?: FakeGateways; dataDir?: string } = {},
): Promise<PhoneDesk> {
  const store = options.store ?? new MemoryDocumentStore();
  const gateways = options.gateways ?? fakeGateways();
  const services = await openAppServices({
    store,
    dataDir: options.dataDir ?? '/tmp/unused',
    version: 't',
    now: () => NOW,
    gateways: gateways.factory,
  });
  const phoneRaw = (meetingId: string, method: string, input: unknown) =>
    gateways.hooks().phone(meetingId, method, input);
  return {
    services,
    gateways,
    store,
    call: async (method, input) => value(await services.call(method, input)),
    refused: async (method, input) => refusal(await services.call(method, input)),
    phoneRaw,
    // The phone contract's output for M is what the dispatcher answered with for M.
    phone: async (meetingId, method, input) =>
      value(await phoneRaw(meetingId, method, input)) as PhoneOutput<typeof method>,
    phoneRefused: async (meetingId, method, input) => refusal(await phoneRaw(meetingId, method, input)),
    close: () => services.close(),
  };
}

export const meetingDraft = {
  title: '停车管理专题报告会',
  level: 'topic' as const,
  startsAt: '2025-03-05T14:30:00+08:00',
  venue: '二楼会议室',
};

/** Random-looking ids as a phone page makes them (16–64 of A–Z a–z 0–9 _ -). */
export const phoneId = (n: number) => `phone-${String(n).padStart(12, '0')}`;
export const clientId = (n: number) => `client-${String(n).padStart(12, '0')}`;
