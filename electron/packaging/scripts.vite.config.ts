import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Builds the packaging and security scripts to out/packaging, for plain Node (20 cannot run
 * TypeScript itself). electron-builder.yml packs only out/main, out/preload and out/renderer.
 */
export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: resolve(here, '../../out/packaging'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        dist: resolve(here, 'dist.ts'),
        'electronegativity-check': resolve(here, 'electronegativity-check.ts'),
      },
      output: { entryFileNames: '[name].js' },
    },
  },
});
