import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security/content-security-policy';

/**
 * The built page carries the policy itself as well as in the headers that app:// (Electron) and
 * browser mode send with it: a second layer that holds wherever the page is opened from.
 * Only in builds: the dev server needs inline code and gets its own policy as a header.
 * frame-ancestors is dropped because a <meta> policy may not set it (headers do, in browser mode).
 */
function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'socketscope-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          launch: resolve('electron/cli/launch.ts'),
          serve: resolve('electron/cli/serve.ts'),
          'socket-table-worker': resolve('electron/socket-table/worker.ts'),
        },
        // Shared chunks sit beside the entries, so import.meta.url-relative paths
        // (../renderer, ../preload) mean the same from every file of out/main.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    resolve: {
      alias: { '@contract': resolve('electron/contract'), '@locales': resolve('electron/locales') },
    },
    build: { rollupOptions: { input: resolve('renderer/index.html') } },
    plugins: [react(), contentSecurityPolicyMeta()],
  },
});
