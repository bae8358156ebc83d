import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadElectronBinary } from './download-electron';
import { findElectronBinary } from './electron-binary';

/** `npm start`: the desktop app where Electron is installed, browser mode where it is not. */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const NO_ELECTRON = [
  'The Electron binary is not installed and could not be downloaded here, so the desktop window cannot open. Starting browser mode instead.',
  'El binario de Electron no está instalado y no se pudo descargar aquí, así que la ventana de escritorio no puede abrirse. Se inicia el modo navegador en su lugar.',
];

function runElectron(executable: string): void {
  const env = { ...process.env };
  // Set, it would make Electron behave as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit', env });
  // Electron closes its sockets on SIGINT/SIGTERM; the launcher waits for it rather than dying first.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`Could not start Electron / No se pudo iniciar Electron (${executable}): ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}

async function runBrowserMode(reason: string): Promise<void> {
  console.log(NO_ELECTRON.join('\n'));
  console.log(`(${reason})`);
  const [{ createBackend }, { startBrowserMode }] = await Promise.all([
    import('../backend/create-backend'),
    import('../browser-mode/index'),
  ]);
  const backend = createBackend();
  const server = await startBrowserMode({ backend, port: 0 });
  console.log(`SocketScope: open / abra ${server.url}`);
  console.log(
    'Ctrl+C stops it and closes every socket it opened. / Ctrl+C lo detiene y cierra todos sus sockets.',
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await backend.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
}

function locateElectron() {
  const query = { projectRoot, env: process.env, platform: process.platform };
  const first = findElectronBinary(query);
  // The electron package downloads its binary on first use; try that once, unless the user chose a build.
  if (first.found || process.env.ELECTRON_OVERRIDE_DIST_PATH || !downloadElectronBinary(projectRoot))
    return first;
  return findElectronBinary(query);
}

const binary = locateElectron();
if (binary.found) {
  runElectron(binary.path);
} else {
  runBrowserMode(binary.reason).catch((error: unknown) => {
    console.error('SocketScope could not start browser mode / no pudo iniciar el modo navegador:', error);
    process.exit(1);
  });
}
