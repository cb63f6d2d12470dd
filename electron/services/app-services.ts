import { createDispatcher, type Call, type Dispatch, type DispatchLog } from '../api/dispatch';
import type { DocumentStore } from '../storage/document-store';
import { Repository } from '../storage/repository';
import { EventBus } from './event-bus';
import { fail } from '../../shared/api/result';
import { startGatewayService } from './gateway-service';
import type { PhoneDispatch } from './gateway-port';
import { createHandlers } from './handlers';
import { createPhoneDispatch } from './phone-service';
import { meetingDocName } from '../storage/documents';
import { cleanMediaFolders } from './media-files';
import { purgeTrash } from './meetings-service';
import { NO_GATEWAYS, type GatewayPortFactory } from './gateway-port';
import { NO_WINDOWS, newSession, randomId, type ServiceContext, type WindowPort } from './service-context';

export interface AppServicesOptions {
  store: DocumentStore;
  dataDir: string;
  version: string;
  now?: () => Date;
  newId?: (prefix: string) => string;
  log?: DispatchLog;
  /** The desktop shell's windows; host mode and tests have none. */
  windows?: WindowPort;
  /** Starts the question box's gateway process; the CLI and most tests have none. */
  gateways?: GatewayPortFactory;
}

export interface AppServices {
  /** For transports: a method name off the wire, checked against the contract. */
  dispatch: Dispatch;
  /** For callers in this process (the CLI, the desktop shell, tests): typed by the contract, no casts. */
  call: Call;
  events: EventBus;
  ctx: ServiceContext;
  close(): Promise<void>;
}

/** The composition root both shells share: Electron main and Node host mode build exactly this. */
export async function openAppServices(options: AppServicesOptions): Promise<AppServices> {
  const repo = new Repository(options.store);
  await repo.open();
  const events = new EventBus();
  // The gateway answers phones through the services built below; filled in once they exist.
  let phone: PhoneDispatch = async () => fail('unavailable', '服务尚未就绪，请稍后重试');
  const ctx: ServiceContext = {
    repo,
    events,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? randomId,
    version: options.version,
    dataDir: options.dataDir,
    session: newSession(),
    windows: options.windows ?? NO_WINDOWS,
    gateways: (options.gateways ?? NO_GATEWAYS)({
      phone: (meetingId, method, input) => phone(meetingId, method, input),
      changed: (meetingId) => events.emit('gateway.changed', { meetingId }),
    }),
  };
  await purgeTrash(ctx);
  cleanMediaFolders(ctx, (id) => repo.get(meetingDocName(id)) !== undefined);
  const dispatcher = createDispatcher(createHandlers(ctx), options.log);
  phone = createPhoneDispatch(ctx);
  startGatewayService(ctx);
  return {
    dispatch: dispatcher.dispatch,
    call: dispatcher.call,
    events,
    ctx,
    // The gateway first: no phone write may arrive once the store starts closing.
    close: async () => {
      await ctx.gateways.stop();
      await repo.close();
    },
  };
}
