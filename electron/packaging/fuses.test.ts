import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBuilderConfig, readBuilderSchema } from './builder-config';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const HARDENED_FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node interpreter.
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('Electron fuses of the packaged app', () => {
  it('are exactly the hardened set', () => {
    expect(readBuilderConfig(projectRoot).electronFuses).toEqual(HARDENED_FUSES);
  });

  it("use names electron-builder's schema defines", () => {
    const schema = readBuilderSchema(projectRoot) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    expect(known).toEqual(expect.arrayContaining(Object.keys(HARDENED_FUSES)));
  });
});
