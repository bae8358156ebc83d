import { describe, expect, it } from 'vitest';
import { createSocketScanner, UnsupportedPlatformError } from './scanner';

describe('createSocketScanner', () => {
  it.each(['linux', 'darwin', 'win32'] as const)('has a scanner for %s', (platform) => {
    expect(typeof createSocketScanner({ platform }).scan).toBe('function');
  });

  it('names the system it cannot read', () => {
    expect(() => createSocketScanner({ platform: 'aix' })).toThrow(UnsupportedPlatformError);
    expect(() => createSocketScanner({ platform: 'aix' })).toThrow('No socket-table scanner for aix.');
  });
});
