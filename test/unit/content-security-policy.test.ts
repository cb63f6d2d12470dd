import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../shared/security/content-security-policy';
import { devWithoutCspPlugin } from '../../vite.config';

const page = readFileSync('renderer/index.html', 'utf8');

describe('content security policy', () => {
  it('allows nothing remote and no eval', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY]) {
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toMatch(/https?:|\*/);
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).toContain("object-src 'none'");
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('the page carries the shared policy, less what a meta tag cannot hold', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`.split('; ').sort()).toEqual(
      CONTENT_SECURITY_POLICY.split('; ').sort(),
    );
  });

  it('only the dev server drops the meta tag', () => {
    const plugin = devWithoutCspPlugin();
    expect(plugin.apply).toBe('serve');
    const transform = plugin.transformIndexHtml as unknown as (html: string) => string;
    const stripped = transform(page);
    expect(stripped).not.toContain('Content-Security-Policy');
    expect(stripped).toContain('<div id="root">');
  });
});
