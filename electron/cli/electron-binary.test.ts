import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inEnglish } from '../locales/english';
import { translatorFor } from '../locales/translator';
import {
  executableNameFor,
  findElectronBinary,
  missingElectronText,
  type ElectronBinary,
} from './electron-binary';

let root: string;
const electronDir = () => join(root, 'node_modules', 'electron');

function write(path: string, text = ''): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function installPackage({ pathTxt }: { pathTxt?: string } = {}): void {
  write(join(electronDir(), 'package.json'), '{"name":"electron","version":"45.4.1"}');
  if (pathTxt !== undefined) write(join(electronDir(), 'path.txt'), pathTxt);
}

const find = (platform: NodeJS.Platform = 'linux', env: Record<string, string | undefined> = {}) =>
  findElectronBinary({ projectRoot: root, env, platform });

/** Why no binary was found, as the launcher prints it in English. */
const reason = (result: ElectronBinary) => !result.found && missingElectronText(inEnglish, result.reason);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'socketscope-electron-binary-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('finds the binary path.txt names under dist/', () => {
    installPackage({ pathTxt: 'electron' });
    write(join(electronDir(), 'dist', 'electron'));
    expect(find()).toEqual({ found: true, path: join(electronDir(), 'dist', 'electron') });
  });

  it('finds the macOS app bundle executable', () => {
    const executable = 'Electron.app/Contents/MacOS/Electron';
    installPackage({ pathTxt: executable });
    write(join(electronDir(), 'dist', executable));
    expect(find('darwin')).toEqual({ found: true, path: join(electronDir(), 'dist', executable) });
  });

  it('reports a package that never downloaded its binary (no path.txt), as on this machine', () => {
    installPackage();
    const result = find();
    expect(result.found).toBe(false);
    expect(reason(result)).toMatch(/path\.txt is missing/);
  });

  it('reports a path.txt whose binary is missing', () => {
    installPackage({ pathTxt: 'electron' });
    const result = find();
    expect(reason(result)).toContain(join(electronDir(), 'dist', 'electron'));
  });

  it('reports a missing electron package', () => {
    const result = find();
    expect(result.found).toBe(false);
    expect(reason(result)).toMatch(/not installed/);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH with the platform executable, even without the package', () => {
    const dist = join(root, 'custom-dist');
    write(join(dist, 'electron.exe'));
    expect(find('win32', { ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({
      found: true,
      path: join(dist, 'electron.exe'),
    });
  });

  it('reports an ELECTRON_OVERRIDE_DIST_PATH without the binary', () => {
    const dist = join(root, 'empty-dist');
    mkdirSync(dist);
    installPackage({ pathTxt: 'electron' });
    write(join(electronDir(), 'dist', 'electron'));
    const result = find('linux', { ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(reason(result)).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/);
  });

  it('reports a platform Electron does not build for', () => {
    installPackage();
    const result = find('aix');
    expect(result.found).toBe(false);
    expect(reason(result)).toMatch(/aix/);
  });

  it('says why in Spanish too', () => {
    installPackage();
    const result = find();
    expect(!result.found && missingElectronText(translatorFor('es'), result.reason)).toBe(
      `Falta ${join(electronDir(), 'path.txt')}: el binario de Electron nunca se descargó.`,
    );
  });

  it('names the executable per platform', () => {
    expect(executableNameFor('linux')).toBe('electron');
    expect(executableNameFor('win32')).toBe('electron.exe');
    expect(executableNameFor('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(executableNameFor('sunos')).toBeUndefined();
  });
});
