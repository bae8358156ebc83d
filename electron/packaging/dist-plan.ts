import { join } from 'node:path';
import type { TFunction } from 'i18next';
import {
  findElectronBinary,
  missingElectronText,
  type FindElectronBinaryInput,
  type MissingElectron,
} from '../cli/electron-binary';

export type DistPlan = { ready: true; electronDist: string } | { ready: false; missing: MissingElectron };

/** What `npm run dist` says on a machine where Electron could not be downloaded, in the user's language. */
export function noElectronMessage(t: TFunction, missing: MissingElectron): string {
  return t('cli.dist.noElectron', { reason: missingElectronText(t, missing) });
}

/**
 * Decides whether `npm run dist` can package: electron-builder is pointed at the Electron build that
 * is already on disk (node_modules/electron/dist, or ELECTRON_OVERRIDE_DIST_PATH), so packaging
 * never starts a download of its own that would fail, or hang, on a closed network.
 */
export function planDist(input: FindElectronBinaryInput): DistPlan {
  const binary = findElectronBinary(input);
  if (!binary.found) return { ready: false, missing: binary.reason };
  const electronDist =
    input.env.ELECTRON_OVERRIDE_DIST_PATH || join(input.projectRoot, 'node_modules', 'electron', 'dist');
  return { ready: true, electronDist };
}
