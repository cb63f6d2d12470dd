import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApiClient } from '../../shared/api';
import { openDataFolder, type OpenDataFolder } from '../services/open-data-folder';
import { defaultDataDir } from '../storage/default-data-dir';
import { FolderLockedError, HOLDER_LABEL, type HolderRecord } from '../storage/folder-lock';
import { readOwnerEndpoint, type OwnerEndpoint } from '../storage/owner-endpoint';
import type { CliApi } from './call';
import type { CliIo } from './cli-io';
import { ownerTransport } from './owner-transport';

export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The CLI works on the same services, over the same data folder (taking its lock), as the desktop app. */
export function openServicesAt(dataDir: string | undefined): Promise<OpenDataFolder> {
  return openDataFolder({
    dataDir: resolve(dataDir ?? defaultDataDir()),
    mode: 'cli',
    version: appVersion(),
  });
}

export interface FolderSession extends CliApi {
  readonly dataDir: string;
  /** Whose services answer: this command's own, or the running app's that holds the folder. */
  readonly via: 'own' | HolderRecord;
  close(): Promise<void>;
}

/** A holder that has just taken the folder publishes its endpoint a moment later. */
const ENDPOINT_WAIT_MS = 5_000;

/**
 * Opens the folder for a command. When the desktop app or host mode holds it, the command goes
 * through that holder's loopback API instead, so it can run while the app is open and nothing
 * either of them saves is overwritten by the other. Another CLI command holding it is waited for by
 * no one: the refusal says to try again when it is done.
 */
export async function connectDataFolder(
  dataDir: string | undefined,
  io: CliIo,
  waitMs = ENDPOINT_WAIT_MS,
): Promise<FolderSession> {
  const dir = resolve(dataDir ?? defaultDataDir());
  let own: OpenDataFolder;
  try {
    own = await openServicesAt(dir);
  } catch (error) {
    if (
      !(error instanceof FolderLockedError) ||
      error.reason !== 'live' ||
      !error.holder ||
      error.holder.mode === 'cli'
    )
      throw error;
    const holder = error.holder;
    const endpoint = await waitForEndpoint(dir, holder, waitMs);
    if (!endpoint) throw new Error(`${error.message}（它没有提供本机接口，命令行无法通过它写入。）`);
    io.stderr(
      `数据文件夹正由报告会${HOLDER_LABEL[holder.mode]}（进程号 ${holder.pid}）使用，本命令通过它执行。\n`,
    );
    const client = createApiClient(ownerTransport(endpoint));
    return { dataDir: dir, via: holder, call: client.call, close: async () => undefined };
  }
  return {
    dataDir: dir,
    via: 'own',
    call: own.call,
    close: () => own.close(),
  };
}

async function waitForEndpoint(
  dir: string,
  holder: HolderRecord,
  waitMs: number,
): Promise<OwnerEndpoint | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const endpoint = readOwnerEndpoint(dir, holder);
    if (endpoint || Date.now() >= deadline) return endpoint;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
