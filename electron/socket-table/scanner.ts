import { createDarwinScanner } from './darwin/darwin-scanner';
import { createProcScanner } from './linux/proc-scanner';
import { createWindowsScanner } from './win32/windows-scanner';
import type { SocketScanner } from './scanner-types';

export class UnsupportedPlatformError extends Error {
  constructor(platform: string) {
    super(`No socket-table scanner for ${platform}.`);
    this.name = 'UnsupportedPlatformError';
  }
}

/** This OS's scanner: /proc on Linux; netstat and ps on macOS; PowerShell, or netstat and tasklist, on Windows. */
export function createSocketScanner({
  platform = process.platform,
  mapPids = true,
}: { platform?: NodeJS.Platform; mapPids?: boolean } = {}): SocketScanner {
  switch (platform) {
    case 'linux':
      return createProcScanner({ mapPids });
    case 'darwin':
      return createDarwinScanner();
    case 'win32':
      return createWindowsScanner();
    default:
      throw new UnsupportedPlatformError(platform);
  }
}
