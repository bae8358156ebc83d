import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingElectronText } from '../cli/electron-binary';
import { translatorFor } from '../locales/translator';
import { noElectronMessage, planDist } from './dist-plan';

const ROOT = '/project';
const PACKAGE = join(ROOT, 'node_modules/electron');

function plan(files: Record<string, string>, env: Record<string, string | undefined> = {}) {
  return planDist({
    projectRoot: ROOT,
    env,
    platform: 'linux',
    exists: (path) => path in files,
    readFile: (path) => files[path] ?? '',
  });
}

describe('planDist', () => {
  it('packages with the Electron build the electron package downloaded', () => {
    const installed = {
      [join(PACKAGE, 'package.json')]: '{}',
      [join(PACKAGE, 'path.txt')]: 'electron',
      [join(PACKAGE, 'dist/electron')]: '',
    };
    expect(plan(installed)).toEqual({ ready: true, electronDist: join(PACKAGE, 'dist') });
  });

  it('packages with ELECTRON_OVERRIDE_DIST_PATH when it holds an Electron build', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' };
    expect(plan({ '/opt/electron/electron': '' }, env)).toEqual({
      ready: true,
      electronDist: '/opt/electron',
    });
  });

  it.each([
    ['the download never ran', { [join(PACKAGE, 'package.json')]: '{}' }, {}, 'path.txt is missing'],
    [
      'the download stopped half way',
      { [join(PACKAGE, 'package.json')]: '{}', [join(PACKAGE, 'path.txt')]: 'electron' },
      {},
      'did not finish',
    ],
    ['the override is empty', {}, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, '/nowhere/electron'],
  ])('refuses, in English and Spanish, when %s', (_case, files, env, reason) => {
    const result = plan(files, env);
    expect(result.ready).toBe(false);
    if (result.ready) return;
    const english = noElectronMessage(translatorFor('en'), result.missing);
    const spanish = noElectronMessage(translatorFor('es'), result.missing);
    expect(english).toMatch(/^Cannot build the installers: the Electron binary is not installed/);
    expect(spanish).toMatch(/^No se pueden crear los instaladores: el binario de Electron no está instalado/);
    expect(english).toContain(reason);
    expect(spanish).toContain(missingElectronText(translatorFor('es'), result.missing));
  });
});
