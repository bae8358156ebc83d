import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { createBackend } from '../backend/create-backend';
import { rendererUrl } from './app-location';
import { contentSecurityPolicyFor, rendererModeOf } from './content-policy';
import { guardWebContents } from './contents-guard';
import { registerCommandHandler } from './ipc-handler';
import { focusWindow, openMainWindow } from './main-window';
import { applySessionSecurity } from './session-security';
import { createShutdown } from './shutdown';

const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const appUrl = rendererUrl({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  indexHtmlPath: join(here, '../renderer/index.html'),
});

app.setName('SocketScope');
// Lets e2e runs keep their own profile (and single-instance lock); never honoured once packaged.
const userDataDir = process.env.SOCKETSCOPE_USER_DATA_DIR;
if (!app.isPackaged && userDataDir) app.setPath('userData', userDataDir);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const backend = createBackend();
  let mainWindow: BrowserWindow | undefined;
  const shutdown = createShutdown({ closeBackend: () => backend.close(), quit: () => app.quit() });

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { appUrl, openExternal: (url) => shell.openExternal(url) });
  });
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('before-quit', (event) => shutdown.beforeQuit(event));
  // The sockets belong to the window: closing it ends the session, on macOS too.
  app.on('window-all-closed', () => app.quit());
  // `on`, not `once`: Ctrl+C under `npm start` reaches this process twice (from the terminal and
  // forwarded by the launcher), and a second signal must not kill it before its sockets close.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app
    .whenReady()
    .then(() => {
      applySessionSecurity(session.defaultSession, contentSecurityPolicyFor(rendererModeOf(appUrl)));
      mainWindow = openMainWindow(preloadPath, appUrl);
      registerCommandHandler({ ipcMain, window: mainWindow, backend, appUrl });
    })
    .catch((error: unknown) => {
      console.error('SocketScope could not start', error);
      app.exit(1);
    });
}
