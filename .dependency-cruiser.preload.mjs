/**
 * The preload's bundle as Vite builds it: imports used only as types are compiled away first
 * (`npm run lint:deps` cruises electron/preload/index.ts with this).
 */
import app from './.dependency-cruiser.mjs';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'preload-bundles-no-package-but-electron',
      comment:
        'The sandboxed preload can require only Electron: no zod or other package may reach its ' +
        'bundle through the contract files it loads (payloads are validated in the main process).',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { path: '(^|/)node_modules/', pathNot: '(^|/)node_modules/electron/', reachable: true },
    },
  ],
  options: { ...app.options, tsPreCompilationDeps: false },
};
