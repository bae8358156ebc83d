import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';

/** Long enough for a slow connection to fetch Electron's ~100 MB; a closed network fails in a second. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Runs the electron package's own installer once, which downloads the binary the package
 * installed without. Returns whether it succeeded; its progress and errors go to the terminal.
 */
export function downloadElectronBinary(projectRoot: string, t: TFunction): boolean {
  const installer = join(projectRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return false;
  console.log(t('cli.launch.downloading'));
  const result = spawnSync(process.execPath, [installer], {
    cwd: join(projectRoot, 'node_modules', 'electron'),
    stdio: 'inherit',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  return result.status === 0;
}
