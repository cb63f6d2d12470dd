import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openAppServices, type AppServices } from '../services/app-services';
import { defaultDataDir } from '../storage/default-data-dir';
import { FileDocumentStore } from '../storage/file-document-store';

export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The CLI works on the same services, over the same data folder, as the desktop app. */
export async function openServicesAt(dataDir: string | undefined): Promise<AppServices> {
  const dir = resolve(dataDir ?? defaultDataDir());
  return openAppServices({ store: new FileDocumentStore({ dir }), dataDir: dir, version: appVersion() });
}
