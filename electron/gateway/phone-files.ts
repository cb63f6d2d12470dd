import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PHONE_PAGE_FILES } from '../../shared/api/phone-contract';
import { contentTypeOf } from '../static/content-types';
import { GATEWAY_MESSAGES } from './gateway-messages';

export type PhonePagePath = (typeof PHONE_PAGE_FILES)[number];

export interface PhoneFile {
  type: string;
  body: Buffer;
  /** Null when compressing would not make it smaller. */
  gzip: Buffer | null;
  etag: string;
}

export type PhoneFiles = ReadonlyMap<string, PhoneFile>;

/** The file on disk behind each page path: '/' is index.html, the rest are named as served. */
export function phoneFileName(path: PhonePagePath): string {
  return path === '/' ? 'index.html' : path.slice(1);
}

/**
 * Reads the phone page once, at start, into memory: nothing the phone sends ever reaches the disk, so
 * no spelling of a path (`..`, `%2e%2e`, a link) can lead anywhere else. Throws a Chinese message
 * naming the missing file.
 */
export function loadPhoneFiles(phoneDir: string): PhoneFiles {
  const files = new Map<string, PhoneFile>();
  for (const path of PHONE_PAGE_FILES) {
    const name = phoneFileName(path);
    let body: Buffer;
    try {
      body = readFileSync(join(phoneDir, name));
    } catch {
      throw new Error(GATEWAY_MESSAGES.pageMissing(join(phoneDir, name)));
    }
    files.set(path, makePhoneFile(name, body));
  }
  return files;
}

export function makePhoneFile(name: string, body: Buffer): PhoneFile {
  const gzip = gzipSync(body, { level: 9 });
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { type: contentTypeOf(name), body, gzip: gzip.length < body.length ? gzip : null, etag };
}
