import { describe, expect, it, vi } from 'vitest';
import { DOCUMENTATION_URL, openDocumentation } from './documentation-link';

describe('openDocumentation', () => {
  it('opens the README on the project page over https', () => {
    const openExternal = vi.fn(async () => undefined);
    expect(openDocumentation(openExternal)).toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith(DOCUMENTATION_URL);
    expect(new URL(DOCUMENTATION_URL).protocol).toBe('https:');
  });

  it.each([
    'https://evil.com/#readme',
    'https://github.com/socketscope/socketscope.evil.com#readme',
    'https://github.com/someone-else/socketscope#readme',
    'https://user@github.com/socketscope/socketscope#readme',
    'http://github.com/socketscope/socketscope#readme',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    '',
  ])('refuses to open %j', (url) => {
    const openExternal = vi.fn(async () => undefined);
    expect(openDocumentation(openExternal, url)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('logs when the system browser cannot be started', async () => {
    const log = vi.fn();
    openDocumentation(() => Promise.reject(new Error('no browser')), DOCUMENTATION_URL, log);
    await vi.waitFor(() => expect(log).toHaveBeenCalled());
  });
});
