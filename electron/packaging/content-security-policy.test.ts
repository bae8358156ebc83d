import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe("the renderer's Content-Security-Policy", () => {
  it('denies by default and allows scripts from the app itself only', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('allows no plugins, no <base> rewriting, no form posts and no framing', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
  });

  it.each([...directives])('%s has no inline code, eval, wildcard or whole scheme', (_name, sources) => {
    for (const source of sources) {
      expect(source).not.toMatch(/unsafe-|\*|^(https?|wss?|blob|filesystem):$/);
    }
  });
});
