import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'net', 'dgram', 'os', 'path', 'child_process', 'http', 'crypto'];

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['electron/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', '*.config.{ts,js}', '.ci/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The engine, scanner, back end and browser mode run in plain Node: no Electron.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer runs in a sandboxed page: no Node, no Electron; only the contract crosses over.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to SocketScopeApi only.' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer cannot use Node modules.' },
            {
              regex: '^(\\.\\./)+electron/',
              message: 'Only electron/contract is shared with the renderer, through @contract/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every IPC handler goes through electron/main/ipc-handler.ts, which checks sender and payload.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc-handler.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcMain'][property.name=/^(handle|handleOnce|on|once)$/]",
          message: 'Register IPC through registerCommandHandler in ipc-handler.ts.',
        },
      ],
    },
  },
);
