import { createProcScanner } from './linux/proc-scanner';
import type { SocketScanner } from './scanner-types';

export class UnsupportedPlatformError extends Error {
  constructor(platform: string) {
    super(`No socket-table scanner for ${platform}.`);
    this.name = 'UnsupportedPlatformError';
  }
}

/** This OS's scanner. */
export function createSocketScanner({
  platform = process.platform,
  mapPids = true,
}: { platform?: NodeJS.Platform; mapPids?: boolean } = {}): SocketScanner {
  if (platform === 'linux') return createProcScanner({ mapPids });
  throw new UnsupportedPlatformError(platform);
}
