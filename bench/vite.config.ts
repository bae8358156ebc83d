import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the benchmarks for plain Node: `vite build --config bench/vite.config.ts`. The child
 * processes the benchmarks fork are entries too, so they sit beside run-all.js in out/bench.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/bench',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        'run-all': resolve('bench/run-all.ts'),
        soak: resolve('bench/soak/soak.ts'),
        'load-client': resolve('bench/echo/load-client.ts'),
        'memory-child': resolve('bench/echo/memory-child.ts'),
        'scan-bench': resolve('bench/scan/scan-bench.ts'),
        'windows-parse-bench': resolve('bench/scan/windows-parse-bench.ts'),
        'ui-bench': resolve('bench/ui/ui-bench.ts'),
        'hostile-bench': resolve('bench/hostile/hostile-bench.ts'),
        'connection-churn': resolve('bench/ui/connection-churn.ts'),
        'socket-table-worker': resolve('electron/socket-table/worker.ts'),
      },
      output: { chunkFileNames: '[name]-[hash].js' },
    },
  },
  logLevel: 'warn',
});
