import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Host header allow-list: a page on another site whose name was re-pointed at 127.0.0.1 (DNS
 * rebinding) sends its own name as Host and is refused.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export function hostAllowed(headers: IncomingHttpHeaders, hosts: Set<string>): boolean {
  const host = headers.host;
  return typeof host === 'string' && hosts.has(host.toLowerCase());
}

/** Browsers send Origin on cross-site requests; when present it must be our own. */
export function originAllowed(headers: IncomingHttpHeaders, origins: Set<string>): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  return typeof origin === 'string' && origins.has(origin.toLowerCase());
}

/** Compares the bearer token in constant time (hashing first makes the lengths equal). */
export function bearerMatches(headers: IncomingHttpHeaders, token: string): boolean {
  const header = headers.authorization;
  if (typeof header !== 'string') return false;
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
  if (!match) return false;
  return tokenMatches(match[1], token);
}

/**
 * Compares a presented token with the expected one in constant time (hashing first makes the lengths
 * equal). Shared by host mode's bearer check and the question box's gateway (header or `?k=`).
 */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (typeof presented !== 'string' || presented === '') return false;
  return timingSafeEqual(digest(presented), digest(token));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** application/json, with or without parameters such as charset. */
export function isJsonContentType(headers: IncomingHttpHeaders): boolean {
  const type = headers['content-type'];
  if (typeof type !== 'string') return false;
  return type.split(';')[0]!.trim().toLowerCase() === 'application/json';
}
