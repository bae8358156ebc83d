// Mutation testing (issue 15): do the tests fail when the logic breaks?
// Run with `npm run test:mutation`; one folder at a time with
// `MUTATION_RUN=contract nice -n 19 npx stryker run --mutate 'electron/contract/**/*.ts,!**/*.test.ts'`.
// Scores and the survivors left are recorded in MUTATION.md.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const notLogic = ['!**/*.test.ts', '!**/fixtures/**', '!**/test-support/**'];
/** A folder's own run keeps its own reports: MUTATION_RUN=contract npx stryker run --mutate ... */
const run = process.env.MUTATION_RUN ?? 'all';

export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'electron/lab/**/*.ts',
    'electron/backend/**/*.ts',
    'electron/socket-table/**/*.ts',
    'electron/contract/**/*.ts',
    'electron/browser-mode/**/*.ts',
    'renderer/src/lab/**/*.ts',
    'renderer/src/sockets/**/*.ts',
    'renderer/src/commands/**/*.ts',
    ...notLogic,
  ],
  // The logic folders' own tests (not the CLI's or the Electron shell's, which spawn processes).
  testFiles: [
    'electron/{lab,backend,socket-table,contract,browser-mode}/**/*.test.ts',
    'renderer/src/**/*.test.ts',
  ],
  // A mutant in module-level code (a schema, a table) runs every test on each try: hours for a
  // folder. Skipped unless asked for with --ignoreStatic false; MUTATION.md says how many.
  ignoreStatic: true,
  // The machine is shared: one test runner at a time (run it under `nice -n 19`).
  concurrency: 1,
  incremental: true,
  incrementalFile: `reports/mutation/${run}-incremental.json`,
  // The sandbox lives outside the repository, so that lint, format and type checks run
  // meanwhile by others never see its copies of the sources.
  tempDirName: join(tmpdir(), 'socketscope-stryker'),
  ignorePatterns: ['out', 'dist', 'test-results', 'playwright-report', 'e2e'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${run}.html` },
  jsonReporter: { fileName: `reports/mutation/${run}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Tests use real loopback sockets: leave room for a slow, shared machine.
  timeoutMS: 10_000,
};
