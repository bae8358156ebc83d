import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TargetConfiguration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { checkBuilderConfig, readBuilderConfig, readBuilderSchema } from './builder-config';
import { pngFileSize } from './png-size';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const config = readBuilderConfig(projectRoot);
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  productName?: string;
  main?: string;
  homepage?: string;
  repository?: unknown;
  author?: string | { email?: string };
};

type Target = string | TargetConfiguration;

function targetNames(target: Target | Target[] | null | undefined): string[] {
  const list = Array.isArray(target) ? target : target == null ? [] : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.target));
}

describe('electron-builder.yml', () => {
  it("matches electron-builder's schema (the check catches typos and wrong types)", () => {
    const schema = readBuilderSchema(projectRoot);
    expect(checkBuilderConfig({ linux: { catgory: 'Education' } }, schema).valid).toBe(false);
    expect(checkBuilderConfig({ electronFuses: { runAsNode: 'no' } }, schema).valid).toBe(false);
    expect(checkBuilderConfig(config, schema)).toEqual({ valid: true, config });
  });

  it('names the app, with the product name package.json gives', () => {
    expect(config.appId).toBe('org.socketscope.app');
    expect(config.productName).toBe('SocketScope');
    expect(packageJson.productName).toBe('SocketScope');
  });

  it('builds AppImage and deb on Linux, dmg on macOS, NSIS on Windows', () => {
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
  });

  it('files the app under Education (and Development where the OS allows two)', () => {
    expect(config.linux?.category?.split(';').filter(Boolean)).toEqual(['Education', 'Development']);
    expect(config.deb?.packageCategory).toBe('education');
    expect(config.mac?.category).toBe('public.app-category.education');
  });

  it('registers no file associations and no URL schemes', () => {
    for (const options of [config, config.linux, config.mac, config.win]) {
      expect(options?.fileAssociations).toBeUndefined();
      expect(options?.protocols).toBeUndefined();
    }
  });

  it('packs the built app only, including the entry point package.json names', () => {
    expect(config.files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**']);
    expect(packageJson.main).toMatch(/^out\/main\/[^/]+\.js$/);
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
  });

  it('has what the deb target requires: a project homepage and a maintainer with an e-mail', () => {
    // electron-builder's deb target (fpm) stops with an error when either is missing.
    const maintainer = config.deb?.maintainer ?? config.linux?.maintainer;
    const authorEmail =
      typeof packageJson.author === 'object' ? packageJson.author.email : packageJson.author;
    expect(packageJson.homepage ?? packageJson.repository, 'package.json "homepage"').toBeTruthy();
    expect(maintainer ?? authorEmail, 'package.json "author": { "name", "email" }').toMatch(/@/);
  });

  it("installs an AppArmor profile with the deb, which Ubuntu 23.10+ needs for Electron's sandbox", () => {
    // electron-builder's own post-install script does it; a script of ours, or another profile,
    // would replace it.
    expect(config.deb?.afterInstall).toBeUndefined();
    expect(config.deb?.appArmorProfile).toBeUndefined();
    const templates = join(projectRoot, 'node_modules/app-builder-lib/templates/linux');
    expect(readFileSync(join(templates, 'after-install.tpl'), 'utf8')).toMatch(/apparmor_parser --replace/);
    expect(readFileSync(join(templates, 'apparmor-profile.tpl'), 'utf8')).toMatch(/\buserns,/);
  });
});

describe('icons', () => {
  it('gives macOS and Windows one 1024 px PNG to make .icns and .ico from', () => {
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(config.win?.icon).toBe('build/icon.png');
    expect(pngFileSize(join(projectRoot, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('gives Linux every size from 16 to 512 px, each PNG as large as its name says', () => {
    expect(config.linux?.icon).toBe('build/icons');
    const folder = join(projectRoot, 'build/icons');
    const names = readdirSync(folder).sort((a, b) => parseInt(a) - parseInt(b));
    expect(names).toEqual(['16', '24', '32', '48', '64', '128', '256', '512'].map((n) => `${n}x${n}.png`));
    for (const name of names) {
      const size = Number(name.split('x')[0]);
      expect(pngFileSize(join(folder, name)), name).toEqual({ width: size, height: size });
    }
  });

  it('are rendered from the committed SVG by the committed script', () => {
    expect(existsSync(join(projectRoot, 'build/icon.svg'))).toBe(true);
    expect(existsSync(join(projectRoot, 'build/render-icons.sh'))).toBe(true);
  });
});
