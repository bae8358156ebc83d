/**
 * SocketScope's architecture, as rules over the import graph (`npm run lint:deps`). Paths are
 * relative to the project root; `electron/...` is our folder, `node_modules/electron/` the package.
 */
const ELECTRON_PACKAGE = '(^|/)node_modules/electron/';
const TESTS = '(\\.test\\.tsx?$|(^|/)test-support/)';
const DECLARATIONS = '\\.d\\.ts$';

/** Code that electron-builder packs into the app (the renderer's packages are bundled by Vite). */
const SHIPPED_NODE_CODE = '^electron/(?!packaging/)';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'electron-only-in-main-and-preload',
      comment:
        'Only electron/main and electron/preload may import Electron; everything else runs in plain Node.',
      severity: 'error',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: ELECTRON_PACKAGE },
    },
    {
      name: 'plain-node-code-stays-out-of-the-app-shell',
      comment:
        'The engine, the socket table, the back end, browser mode and the CLI run without Electron: ' +
        'they import nothing from electron/main or electron/preload.',
      severity: 'error',
      from: { path: '^electron/(lab|socket-table|backend|browser-mode|cli)/' },
      to: { path: '^electron/(main|preload)/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer runs in a sandboxed page: no Node built-ins.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-only-contract-and-locales',
      comment:
        'The renderer talks to SocketScopeApi only: of electron/ it imports only the contract ' +
        '(@contract/...) and the translations (@locales/...), and nothing of Electron.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/(?!(contract|locales)/)', ELECTRON_PACKAGE] },
    },
    {
      name: 'preload-only-electron-and-contract',
      comment: 'The sandboxed preload imports only Electron, the contract and its own folder.',
      severity: 'error',
      from: { path: '^electron/preload/', pathNot: TESTS },
      to: { pathNot: ['^electron/(preload|contract)/', ELECTRON_PACKAGE] },
    },
    {
      name: 'contract-stands-alone',
      comment:
        'The contract is shared by every side: it imports nothing from the rest of the app but ' +
        'the shared texts (a problem is explained in English on the wire).',
      severity: 'error',
      from: { path: '^electron/contract/', pathNot: TESTS },
      to: { path: '^(electron|renderer)/', pathNot: '^electron/(contract|locales)/' },
    },
    {
      name: 'locales-stand-alone',
      comment: 'The shared texts are read by the page, the menu and the CLI: they import none of them.',
      severity: 'error',
      from: { path: '^electron/locales/', pathNot: TESTS },
      to: { path: '^(electron|renderer)/', pathNot: '^electron/locales/' },
    },
    {
      name: 'shipped-code-imports-only-dependencies',
      comment:
        'electron-builder packs package.json "dependencies" into the app, and nothing else: a ' +
        'package the main process, preload or back end loads at run time must be listed there.',
      severity: 'error',
      from: { path: SHIPPED_NODE_CODE, pathNot: [TESTS, DECLARATIONS] },
      to: {
        dependencyTypes: ['npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        dependencyTypesNot: ['type-only'],
        pathNot: ELECTRON_PACKAGE,
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports and that imports nothing is dead code.',
      severity: 'error',
      // Vitest loads its global setup by the path written in vitest.config.ts.
      from: { orphan: true, pathNot: [DECLARATIONS, '\\.global\\.ts$'] },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^electron/packaging/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
