import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const electronDir = join(projectRoot, 'electron');
/** Build scripts (packaging/) and test helpers (any test-support/): never in the installed app. */
const isShipped = (dir: string, name: string) =>
  name !== 'test-support' && !(dir === electronDir && name === 'packaging');
/** Given by the runtime itself, not installed from package.json. */
const PROVIDED = new Set(['electron']);

function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return isShipped(dir, entry.name) ? shippedSources(path) : [];
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

/**
 * Packages the code loads at run time: static imports and re-exports that are not type-only,
 * side-effect imports, import() and require(); node: built-ins aside. A static form must open a
 * line (after indentation), so comments are not read as code.
 */
const IMPORT_FORMS = [
  /^\s*(?:import|export)(?!\s+type\b)[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function importedPackages(source: string): string[] {
  return IMPORT_FORMS.flatMap((form) => [...source.matchAll(form)].map(([, specifier = '']) => specifier))
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    );
}

describe('package.json dependencies', () => {
  it('are exactly the packages the main process, preload and back end import at run time', () => {
    const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const imported = new Set(
      shippedSources(electronDir).flatMap((file) => importedPackages(readFileSync(file, 'utf8'))),
    );
    PROVIDED.forEach((name) => imported.delete(name));
    // electron-builder packs every dependency into the app; the renderer's are bundled by Vite.
    expect(Object.keys(packageJson.dependencies).sort()).toEqual([...imported].sort());
  });

  it('finds every way of loading a package, and skips type-only imports, built-ins and comments', () => {
    const source = [
      "import { z } from 'zod';",
      "import type { Configuration } from 'electron-builder';",
      "import { readFile } from 'node:fs/promises';",
      "import { thing } from '@scope/pkg/deep';",
      "export { helper } from './local';",
      'import {\n  WebSocketServer,\n} from "ws";',
      "  import 'side-effect';",
      "const lazy = await import('lazy-pkg');",
      "const old = require('old-pkg');",
      "// Not code: import nothing from 'a-comment'",
    ].join('\n');
    expect(importedPackages(source).sort()).toEqual(
      ['zod', '@scope/pkg', 'ws', 'side-effect', 'lazy-pkg', 'old-pkg'].sort(),
    );
  });
});
