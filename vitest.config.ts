import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@contract': resolve('electron/contract'), '@locales': resolve('electron/locales') },
  },
  test: {
    include: ['electron/**/*.test.ts', 'renderer/src/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['electron/test-support/property-seed.global.ts'],
    setupFiles: ['electron/test-support/property-seed.setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
