import { resolve } from 'node:path';
import type { DispatchLog } from '../api/dispatch';
import { FileDocumentStore } from '../storage/file-document-store';
import { acquireFolderLock, type FolderLock, type HolderMode } from '../storage/folder-lock';
import { openAppServices, type AppServices } from './app-services';
import type { GatewayPortFactory } from './gateway-port';
import type { WindowPort } from './service-context';

export interface DataFolderOptions {
  dataDir: string;
  /** Who is opening it: named to anyone refused while this process holds the folder. */
  mode: HolderMode;
  version: string;
  log?: DispatchLog;
  /** The desktop shell's windows (projector, print); host mode and the CLI have none. */
  windows?: WindowPort;
  /** The question box's gateway process (host mode and the desktop app); the CLI has none. */
  gateways?: GatewayPortFactory;
}

export interface OpenDataFolder extends AppServices {
  lock: FolderLock;
}

/**
 * The one way the desktop app, host mode and the CLI open a data folder: the lock first (throws
 * FolderLockedError naming the holder), then the store, which may already write while it opens
 * (recovering a damaged document, purging the trash). Closing flushes every write, then gives the
 * folder up.
 */
export async function openDataFolder(options: DataFolderOptions): Promise<OpenDataFolder> {
  const dataDir = resolve(options.dataDir);
  const lock = acquireFolderLock(dataDir, options.mode);
  let services: AppServices;
  try {
    const store = new FileDocumentStore({ dir: dataDir });
    services = await openAppServices({
      store,
      dataDir,
      version: options.version,
      ...(options.log ? { log: options.log } : {}),
      ...(options.windows ? { windows: options.windows } : {}),
      ...(options.gateways ? { gateways: options.gateways } : {}),
    });
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    ...services,
    lock,
    async close() {
      try {
        await services.close();
      } finally {
        lock.release();
      }
    },
  };
}
