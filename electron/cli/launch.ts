import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TFunction } from 'i18next';
import { translatorFor } from '../locales/translator';
import { cliLanguage } from './cli-language';
import { downloadElectronBinary } from './download-electron';
import { findElectronBinary, missingElectronText, type MissingElectron } from './electron-binary';
import { createSandboxAbortWatcher } from './sandbox-abort';

/** `npm start`: the desktop app where Electron is installed, browser mode where it is not. */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function runElectron(t: TFunction, executable: string): void {
  const env = { ...process.env };
  // Set, it would make Electron behave as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [projectRoot, ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'pipe'],
    env,
  });
  // Electron's errors still reach the terminal; the launcher only listens for the sandbox abort.
  const sandboxAbort = createSandboxAbortWatcher();
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    process.stderr.write(chunk);
    sandboxAbort.take(chunk);
  });
  // Electron closes its sockets on SIGINT/SIGTERM; the launcher waits for it rather than dying first.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(t('cli.launch.electronFailed', { executable, message: error.message }));
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (sandboxAbort.seen) {
      console.error(t('cli.launch.sandboxAbort', { sandbox: join(dirname(executable), 'chrome-sandbox') }));
      void startBrowserMode(t);
      return;
    }
    process.exit(code ?? (signal ? 1 : 0));
  });
}

async function runBrowserMode(t: TFunction, reason: MissingElectron): Promise<void> {
  console.log(t('cli.launch.noElectron'));
  console.log(`(${missingElectronText(t, reason)})`);
  await startBrowserMode(t);
}

async function startBrowserMode(t: TFunction): Promise<void> {
  // Loaded only here: the desktop app's launcher needs no back end of its own.
  const { serveUntilSignalled } = await import('./serve-process');
  await serveUntilSignalled([], t);
}

function locateElectron(t: TFunction) {
  const query = { projectRoot, env: process.env, platform: process.platform };
  const first = findElectronBinary(query);
  // The electron package downloads its binary on first use; try that once, unless the user chose a build.
  if (first.found || process.env.ELECTRON_OVERRIDE_DIST_PATH || !downloadElectronBinary(projectRoot, t))
    return first;
  return findElectronBinary(query);
}

const t = translatorFor(cliLanguage(process.env));
const binary = locateElectron(t);
if (binary.found) runElectron(t, binary.path);
else void runBrowserMode(t, binary.reason);
