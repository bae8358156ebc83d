import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Bundles one TypeScript entry, with the packages it imports, into a single ES module plain Node
 * can run (for child processes and workers a test starts), in a fresh temporary folder; resolves with the bundle's path.
 */
export async function bundleForNode(entry: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'socketscope-child-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    // Packages go into the bundle too: it runs from a temporary folder, away from node_modules.
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'child.mjs', format: 'es' } },
    },
  });
  return join(outDir, 'child.mjs');
}
