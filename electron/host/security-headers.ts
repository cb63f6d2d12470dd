import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

export { CONTENT_SECURITY_POLICY };

/**
 * Headers on every response, page or API. The question box's gateway passes its own, stricter policy
 * (its page has no inline styles and loads nothing else).
 */
export function setSecurityHeaders(res: ServerResponse, policy: string = CONTENT_SECURITY_POLICY): void {
  res.setHeader('Content-Security-Policy', policy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
