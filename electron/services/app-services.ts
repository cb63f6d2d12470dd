import { createDispatcher, type Dispatch, type DispatchLog } from '../api/dispatch';
import type { DocumentStore } from '../storage/document-store';
import { decodeDocument } from '../storage/documents';
import { Repository } from '../storage/repository';
import { EventBus } from './event-bus';
import { createHandlers } from './handlers';
import { purgeTrash } from './meetings-service';
import { randomId, type ServiceContext } from './service-context';

export interface AppServicesOptions {
  store: DocumentStore;
  dataDir: string;
  version: string;
  now?: () => Date;
  newId?: (prefix: string) => string;
  log?: DispatchLog;
}

export interface AppServices {
  dispatch: Dispatch;
  events: EventBus;
  ctx: ServiceContext;
  close(): Promise<void>;
}

/** The composition root both shells share: Electron main and Node host mode build exactly this. */
export async function openAppServices(options: AppServicesOptions): Promise<AppServices> {
  const repo = new Repository(options.store);
  await repo.open(decodeDocument);
  const events = new EventBus();
  const ctx: ServiceContext = {
    repo,
    events,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? randomId,
    version: options.version,
    dataDir: options.dataDir,
  };
  await purgeTrash(ctx);
  return {
    dispatch: createDispatcher(createHandlers(ctx), options.log),
    events,
    ctx,
    close: () => repo.close(),
  };
}
