import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(here).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

/** Modules the sandboxed preload may bundle: none of them pulls in the schema library. */
const ALLOWED_VALUE_IMPORTS = new Set([
  'electron',
  '../contract/api',
  '../contract/build-api',
  '../contract/command-names',
  '../contract/listener-hub',
  '../contract/menu-channels',
  '../contract/stream-fan-out',
]);

describe('the preload bundle', () => {
  it.each(sources)('%s imports values only from Electron and the schema-free contract files', (name) => {
    const text = readFileSync(join(here, name), 'utf8');
    const valueImports = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)]
      .map((match) => match[1] ?? '')
      .filter((module) => !module.startsWith('./'));
    for (const module of valueImports) expect(ALLOWED_VALUE_IMPORTS).toContain(module);
  });
});
