import { join } from 'node:path';
import { findElectronBinary, type FindElectronBinaryInput } from '../cli/electron-binary';

export type DistPlan = { ready: true; electronDist: string } | { ready: false; message: string };

/** One short message, English then Spanish, for a machine where Electron could not be downloaded. */
export function noElectronMessage(reason: string): string {
  return [
    'Cannot build the installers: the Electron binary is not installed here (its download failed or was skipped).',
    'No se pueden crear los instaladores: el binario de Electron no está instalado aquí (su descarga falló o se omitió).',
    `(${reason})`,
  ].join('\n');
}

/**
 * Decides whether `npm run dist` can package: electron-builder is pointed at the Electron build that
 * is already on disk (node_modules/electron/dist, or ELECTRON_OVERRIDE_DIST_PATH), so packaging
 * never starts a download of its own that would fail, or hang, on a closed network.
 */
export function planDist(input: FindElectronBinaryInput): DistPlan {
  const binary = findElectronBinary(input);
  if (!binary.found) return { ready: false, message: noElectronMessage(binary.reason) };
  const electronDist =
    input.env.ELECTRON_OVERRIDE_DIST_PATH || join(input.projectRoot, 'node_modules', 'electron', 'dist');
  return { ready: true, electronDist };
}
