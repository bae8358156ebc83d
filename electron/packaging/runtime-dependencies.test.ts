import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '../..');
const knip = join(projectRoot, 'node_modules/.bin/knip');

interface KnipReport {
  issues: { dependencies: { name: string }[] }[];
}

/**
 * `npm run lint:unused`'s production pass: the "dependencies" of package.json that no shipped
 * code imports. (That shipped code imports nothing else is a rule of .dependency-cruiser.mjs.)
 */
async function unusedDependencies(directory: string): Promise<string[]> {
  const args = ['--directory', directory, '--production', '--include', 'dependencies', '--reporter', 'json'];
  const { stdout } = await promisify(execFile)(knip, args).catch((failure: { stdout: string }) => failure);
  const report = JSON.parse(stdout) as KnipReport;
  return report.issues.flatMap((issue) => issue.dependencies.map((dependency) => dependency.name));
}

describe('package.json dependencies', () => {
  it('are reported when no shipped code imports them', async () => {
    expect(await unusedDependencies(join(here, 'fixtures/dependencies'))).toEqual(['nanoevents']);
  });

  it('are all imported by the shipped code of the app', async () => {
    expect(await unusedDependencies(projectRoot)).toEqual([]);
  });
});
