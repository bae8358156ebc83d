import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import type { en } from '../locales/en';

export interface FindElectronBinaryInput {
  /** The folder holding package.json and node_modules/electron. */
  projectRoot: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists?: (path: string) => boolean;
  readFile?: (path: string) => string;
}

/** Why there is no Electron to start, as a message key (cli.launch.missing) and its parameters. */
export interface MissingElectron {
  key: keyof typeof en.cli.launch.missing;
  params: { path: string } | { platform: string };
}

export type ElectronBinary = { found: true; path: string } | { found: false; reason: MissingElectron };

export function missingElectronText(t: TFunction, reason: MissingElectron): string {
  return t(`cli.launch.missing.${reason.key}`, reason.params);
}

/** Where the electron package puts its executable inside dist/ (or ELECTRON_OVERRIDE_DIST_PATH). */
export function executableNameFor(platform: NodeJS.Platform): string | undefined {
  switch (platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    default:
      return undefined;
  }
}

/**
 * Finds the Electron executable the way the electron package does, without loading that package:
 * requiring it downloads the binary when it is missing, and throws where there is no network.
 */
export function findElectronBinary({
  projectRoot,
  env,
  platform,
  exists = existsSync,
  readFile = (path) => readFileSync(path, 'utf8'),
}: FindElectronBinaryInput): ElectronBinary {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const recorded = exists(pathFile) ? readFile(pathFile).trim() : '';
  const executable = recorded || executableNameFor(platform);
  const overrideDir = env.ELECTRON_OVERRIDE_DIST_PATH;

  if (executable === undefined) {
    return { found: false, reason: { key: 'noBuild', params: { platform } } };
  }
  if (overrideDir) {
    const path = join(overrideDir, executable);
    return exists(path)
      ? { found: true, path }
      : { found: false, reason: { key: 'overrideMissing', params: { path } } };
  }
  if (!exists(join(packageDir, 'package.json'))) {
    return { found: false, reason: { key: 'notInstalled', params: { path: packageDir } } };
  }
  if (!recorded) {
    return { found: false, reason: { key: 'neverDownloaded', params: { path: pathFile } } };
  }
  const path = join(packageDir, 'dist', executable);
  return exists(path)
    ? { found: true, path }
    : { found: false, reason: { key: 'downloadUnfinished', params: { path } } };
}
