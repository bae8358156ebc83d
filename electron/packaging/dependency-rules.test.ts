import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '../..');
/** A small tree shaped like the app's, one broken rule (or more) per file. */
const fixture = join(here, 'fixtures/boundaries');
/** What `npm run lint:deps` cruises. */
const TREE = ['electron', 'renderer', 'bench', 'e2e', '*.config.ts'];
const APP_RULES = '.dependency-cruiser.mjs';
const PRELOAD_BUNDLE_RULES = '.dependency-cruiser.preload.mjs';

async function violations(config: string, targets: string[], baseDir: string) {
  const options = await extractDepcruiseOptions(join(projectRoot, config));
  const tsConfig = extractTSConfig(join(projectRoot, 'tsconfig.base.json'));
  const { output } = await cruise(targets, { ...options, baseDir }, {}, { tsConfig });
  return (output as ICruiseResult).summary.violations;
}

const packageName = (path: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path;

describe('the dependency rules', () => {
  it('report each broken boundary of the fixture by name, and nothing else', async () => {
    const found = await violations(APP_RULES, ['electron', 'renderer'], fixture);
    expect(found.map((violation) => `${violation.rule.name}: ${violation.from}`).sort()).toEqual([
      'contract-stands-alone: electron/contract/schemas.mts',
      'electron-only-in-main-and-preload: electron/lab/engine.mts',
      'locales-stand-alone: electron/locales/texts.mts',
      'no-circular: electron/backend/cycle-a.mts',
      'no-orphans: electron/backend/orphan.mts',
      'not-to-unresolvable: electron/backend/cycle-a.mts',
      'plain-node-code-stays-out-of-the-app-shell: electron/socket-table/scanner.mts',
      'preload-only-electron-and-contract: electron/preload/index.mts',
      'renderer-no-node: renderer/src/view.mts',
      'renderer-only-contract-and-locales: renderer/src/view.mts',
      'shipped-code-imports-only-dependencies: electron/backend/cycle-a.mts',
    ]);
  });

  it('each have a broken case in the fixture', async () => {
    const { ruleSet } = await extractDepcruiseOptions(join(projectRoot, APP_RULES));
    const broken = new Set(
      (await violations(APP_RULES, ['electron', 'renderer'], fixture)).map((v) => v.rule.name),
    );
    expect([...broken].sort()).toEqual((ruleSet?.forbidden ?? []).map((rule) => rule.name).sort());
  });

  it('find zod in the preload bundle through a value import, not through a type-only one', async () => {
    const found = await violations(PRELOAD_BUNDLE_RULES, ['electron/preload/index.mts'], fixture);
    expect(found.map((violation) => [violation.rule.name, packageName(violation.to)])).toEqual([
      ['preload-bundles-no-package-but-electron', 'zod'],
    ]);
  });

  it('hold for the app as it is', async () => {
    const found = [
      ...(await violations(APP_RULES, TREE, projectRoot)),
      ...(await violations(PRELOAD_BUNDLE_RULES, ['electron/preload/index.ts'], projectRoot)),
    ];
    expect(found.map((violation) => `${violation.rule.name}: ${violation.from} -> ${violation.to}`)).toEqual(
      [],
    );
  });
});
