import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { contentSecurityPolicyFor, rendererModeOf } from './content-policy';

describe('contentSecurityPolicyFor', () => {
  it('gives the built app the shared policy unchanged', () => {
    expect(contentSecurityPolicyFor('production')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('adds only inline scripts and styles for the dev server', () => {
    const dev = contentSecurityPolicyFor('development').split('; ');
    const shared = CONTENT_SECURITY_POLICY.split('; ');
    expect(dev).toHaveLength(shared.length);
    expect(dev.filter((directive) => !shared.includes(directive))).toEqual([
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
    ]);
    expect(dev).toContain("default-src 'none'");
    expect(dev.join(' ')).not.toMatch(/unsafe-eval|\*/);
  });

  it('knows the built page by the app scheme', () => {
    expect(rendererModeOf('app://socketscope/index.html')).toBe('production');
    expect(rendererModeOf('file:///app/out/renderer/index.html')).toBe('development');
    expect(rendererModeOf('http://localhost:5173/')).toBe('development');
  });
});
