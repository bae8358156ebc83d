import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, powerMonitor, protocol, screen, session, shell } from 'electron';
import { createBackend } from '../backend/create-backend';
import { languageFor } from '../locales/languages';
import { installAppMenu } from './app-menu';
import { rendererUrl } from './app-location';
import { createAppProtocolHandler } from './app-protocol-handler';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-scheme';
import { contentSecurityPolicyFor, rendererModeOf } from './content-policy';
import { guardWebContents } from './contents-guard';
import { openDocumentation } from './documentation-link';
import { registerCommandHandler } from './ipc-handler';
import { openMainWindow } from './main-window';
import { sendMenuCommand } from './menu-command-sender';
import { installQuitTriggers, installSystemShutdownTrigger } from './quit-triggers';
import { applySessionSecurity } from './session-security';
import { createShutdown } from './shutdown';
import { claimSingleInstance, raiseWindow } from './single-instance';
import { placeWindow } from './window-state';
import { windowStateFile } from './window-state-file';
import { trackWindowState } from './window-state-tracker';

const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererDir = join(here, '../renderer');
const appUrl = rendererUrl({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });

// Only possible before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.setName('SocketScope');
// Lets e2e runs keep their own profile (and single-instance lock); never honoured once packaged.
const userDataDir = process.env.SOCKETSCOPE_USER_DATA_DIR;
if (!app.isPackaged && userDataDir) app.setPath('userData', userDataDir);
app.enableSandbox();

let mainWindow: BrowserWindow | undefined;
if (claimSingleInstance(app, () => raiseWindow(mainWindow))) start();

function start(): void {
  const backend = createBackend();
  const shutdown = createShutdown({ closeBackend: () => backend.close(), quit: () => app.quit() });
  installQuitTriggers(app, process, shutdown);

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { appUrl, openExternal: (url) => shell.openExternal(url) }); // eng-disable OPEN_EXTERNAL_JS_CHECK -- https only (navigation-policy.ts)
  });

  app
    .whenReady()
    .then(() => {
      installSystemShutdownTrigger(powerMonitor, shutdown);
      protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
      const mode = rendererModeOf(appUrl);
      applySessionSecurity(session.defaultSession, contentSecurityPolicyFor(mode), appUrl);

      const menu = installAppMenu({
        platform: process.platform,
        language: languageFor([app.getLocale()]),
        developerTools: !app.isPackaged,
        install: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
        sendCommand: (command) => sendMenuCommand(mainWindow, command, appUrl),
        openDocumentation: () => openDocumentation((url) => shell.openExternal(url)), // eng-disable OPEN_EXTERNAL_JS_CHECK -- fixed docs URL
      });

      const stateFile = windowStateFile(join(app.getPath('userData'), 'window-state.json'));
      const workAreas = screen.getAllDisplays().map((display) => display.workArea);
      mainWindow = openMainWindow({
        preloadPath,
        appUrl,
        placement: placeWindow(stateFile.read(), workAreas),
      });
      trackWindowState(mainWindow, (state) => stateFile.write(state));
      registerCommandHandler({
        ipcMain,
        window: mainWindow,
        backend,
        appUrl,
        setMenuLanguage: (language) => menu.setLanguage(language),
      });
    })
    .catch((error: unknown) => {
      console.error('SocketScope could not start', error);
      app.exit(1);
    });
}
