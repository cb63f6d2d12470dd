import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, fsyncDirectory } from '../storage/durable-fs';
import { writeFileDurably } from '../storage/durable-write';
import type { ServiceContext } from './service-context';

/**
 * A meeting's case photos, as files beside its documents: `media/<meetingId>/<mediaId>.jpg|png`. Photos
 * are bytes the store's JSON documents should not carry; the folder goes wherever the meeting goes
 * (duplicate, purge, sample removal).
 */

export type MediaExtension = 'jpg' | 'png';

/** Ids and extensions as stored: nothing else is ever read from or written to the folder. */
const MEDIA_FILE = /^([a-z0-9]{1,64})\.(jpg|png)$/;

export function mediaFolder(ctx: ServiceContext, meetingId: string): string {
  return join(ctx.dataDir, 'media', meetingId);
}

export interface StoredMediaFile {
  mediaId: string;
  extension: MediaExtension;
  path: string;
}

export function listMediaFiles(ctx: ServiceContext, meetingId: string): StoredMediaFile[] {
  const folder = mediaFolder(ctx, meetingId);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const match = MEDIA_FILE.exec(name);
    if (!match) return [];
    return [{ mediaId: match[1]!, extension: match[2] as MediaExtension, path: join(folder, name) }];
  });
}

export function findMediaFile(
  ctx: ServiceContext,
  meetingId: string,
  mediaId: string,
): StoredMediaFile | null {
  return listMediaFiles(ctx, meetingId).find((file) => file.mediaId === mediaId) ?? null;
}

export function writeMediaFile(
  ctx: ServiceContext,
  meetingId: string,
  mediaId: string,
  extension: MediaExtension,
  bytes: Uint8Array,
): string {
  const folder = mediaFolder(ctx, meetingId);
  ensurePrivateDir(folder);
  const path = join(folder, `${mediaId}.${extension}`);
  writeFileDurably(path, bytes);
  return path;
}

/** Copies every photo of one meeting to another, each with the durable writer; the same media ids. */
export function copyMediaFiles(ctx: ServiceContext, fromMeetingId: string, toMeetingId: string): number {
  const files = listMediaFiles(ctx, fromMeetingId);
  for (const file of files) {
    writeMediaFile(ctx, toMeetingId, file.mediaId, file.extension, readFileSync(file.path));
  }
  return files.length;
}

export function removeMediaFolder(ctx: ServiceContext, meetingId: string): void {
  const folder = mediaFolder(ctx, meetingId);
  if (!existsSync(folder)) return;
  rmSync(folder, { recursive: true, force: true });
  fsyncDirectory(join(ctx.dataDir, 'media'));
}

export function readMediaBytes(file: StoredMediaFile): Buffer {
  return readFileSync(file.path);
}

/** A photo's temp file from writeFileDurably: `<id>.<ext>.tmp-<pid base 36><8 hex>`. */
const MEDIA_TEMP = /^[a-z0-9]{1,64}\.(jpg|png)\.tmp-[0-9a-z]+$/;
/** Spares a write in flight; a crashed writer's leftover goes at the next start after it. */
const TEMP_GRACE_MS = 10 * 60 * 1000;

/**
 * Run at start, before any call: removes what a crash can leave among the photos, namely a temp file
 * of an unfinished write, and the folder of a meeting that no longer exists (a duplicate or a purge
 * cut short). Only names the app writes are touched.
 */
export function cleanMediaFolders(ctx: ServiceContext, meetingExists: (id: string) => boolean): void {
  const root = join(ctx.dataDir, 'media');
  if (!existsSync(root)) return;
  const now = ctx.now().getTime();
  for (const meetingId of readdirSync(root)) {
    if (!/^[a-z0-9]{1,64}$/.test(meetingId)) continue;
    if (!meetingExists(meetingId)) {
      removeMediaFolder(ctx, meetingId);
      continue;
    }
    const folder = mediaFolder(ctx, meetingId);
    for (const name of readdirSync(folder)) {
      if (!MEDIA_TEMP.test(name)) continue;
      const path = join(folder, name);
      if (now - statSync(path).mtimeMs >= TEMP_GRACE_MS) rmSync(path, { force: true });
    }
  }
}
