import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PRIVATE_FILE_MODE, tightenMode } from './durable-fs';
import { ENDPOINT_FILE, type FolderLock, type HolderRecord } from './folder-lock';

/**
 * Where the folder's owner answers API calls, so a CLI run while the app is open writes through the
 * owner instead of behind its back. Loopback only: a tampered file must not send anyone's data elsewhere.
 */
export const OwnerEndpoint = z.object({
  /** The nonce of the lock this endpoint belongs to; an endpoint left by a killed holder never matches. */
  nonce: z.string(),
  origin: z.string().regex(/^http:\/\/127\.0\.0\.1:\d{1,5}$/),
  token: z.string().min(16).max(200),
});
export type OwnerEndpoint = z.infer<typeof OwnerEndpoint>;

/** Publishes the owner's API next to its lock (0600: the token opens every API method). Returns the withdrawal. */
export function publishOwnerEndpoint(lock: FolderLock, api: { origin: string; token: string }): () => void {
  const endpoint = OwnerEndpoint.parse({ nonce: lock.record.nonce, ...api });
  const path = join(lock.dir, ENDPOINT_FILE);
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, `${JSON.stringify(endpoint)}\n`, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  tightenMode(temp, PRIVATE_FILE_MODE);
  renameSync(temp, path);
  return () => {
    if (readOwnerEndpoint(lock.dir, lock.record)) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    }
  };
}

/** The endpoint of this holder, or null when it has published none (yet). */
export function readOwnerEndpoint(dir: string, holder: HolderRecord): OwnerEndpoint | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, ENDPOINT_FILE), 'utf8'));
  } catch {
    return null;
  }
  const parsed = OwnerEndpoint.safeParse(raw);
  return parsed.success && parsed.data.nonce === holder.nonce ? parsed.data : null;
}
