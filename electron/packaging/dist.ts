import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILDER_CONFIG_FILE } from './builder-config';
import { translatorFor } from '../locales/translator';
import { cliLanguage } from '../cli/cli-language';
import { noElectronMessage, planDist } from './dist-plan';

/** `npm run dist`: builds the app, then its installers for this OS with electron-builder. */

// Built to out/packaging/dist.js, two folders below the project root.
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    cwd: projectRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const plan = planDist({ projectRoot, env: process.env, platform: process.platform });
if (!plan.ready) {
  console.error(noElectronMessage(translatorFor(cliLanguage(process.env)), plan.missing));
  process.exit(1);
}
run('npx', ['electron-vite', 'build']);
run('npx', [
  'electron-builder',
  '--config',
  BUILDER_CONFIG_FILE,
  '--publish',
  'never',
  `--config.electronDist=${plan.electronDist}`,
]);
