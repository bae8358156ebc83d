import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The one file allowed to make the main process listen to IPC: it checks sender and payload. */
const IPC_WRAPPER = 'electron/main/ipc-handler.ts';
/** The one file that takes Electron's ipcMain, to hand it to the wrapper. */
const IPC_MAIN_OWNER = 'electron/main/index.ts';
const IPC_MESSAGE = 'Register IPC through registerCommandHandler in ipc-handler.ts.';
const LISTENING = '/^(handle|handleOnce|on|once|addListener|prependListener|prependOnceListener)$/';

const ipcImport = (importNames) => [
  'error',
  { paths: [{ name: 'electron', importNames, message: IPC_MESSAGE }] },
];
/** Every way to reach ipcMain other than importing it under its name and handing it on. */
const ipcReach = [
  "ImportSpecifier[imported.name='ipcMain'][local.name!='ipcMain']",
  "VariableDeclarator[init.name='ipcMain']",
  "AssignmentExpression[right.name='ipcMain']",
  "MemberExpression[property.name='ipcMain']",
  "MemberExpression[property.value='ipcMain']",
  "ObjectPattern > Property[key.name='ipcMain']",
  `MemberExpression[object.property.name='ipc'][property.name=${LISTENING}]`,
  `MemberExpression[object.property.name='ipc'][property.value=${LISTENING}]`,
  "TSQualifiedName[right.name='IpcMain']",
].map((selector) => ({ selector, message: IPC_MESSAGE }));
/** Outside tests (whose fakes go by the name), nothing named ipcMain is used but handed on. */
const ipcUse = { selector: "MemberExpression[object.name='ipcMain']", message: IPC_MESSAGE };

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
    // What the renderer may import is declared in .dependency-cruiser.mjs.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: [IPC_WRAPPER],
    rules: {
      'no-restricted-imports': ipcImport(['ipcMain', 'IpcMain']),
      'no-restricted-syntax': ['error', ...ipcReach, ipcUse],
    },
  },
  {
    files: [IPC_MAIN_OWNER],
    rules: { 'no-restricted-imports': ipcImport(['IpcMain']) },
  },
  {
    files: ['electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...ipcReach] },
  },
);
