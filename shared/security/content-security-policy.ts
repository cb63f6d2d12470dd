/**
 * The one Content-Security-Policy of the app's pages: sent as a header by host mode and the app://
 * protocol, and put in the page's <meta> by the Vite build. No 'unsafe-eval' and no remote origins;
 * inline styles only because antd injects its CSS at run time.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** Browsers ignore frame-ancestors in a <meta> (and log an error for it); the headers carry it. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join(
  '; ',
);
