import { BrowserWindow } from 'electron';
import type { WindowPlacement } from './window-state';
import { mainWindowOptions } from './window-options';

export interface MainWindowOptions {
  preloadPath: string;
  appUrl: string;
  /** Where the window was last time, already checked against the displays connected now. */
  placement: WindowPlacement;
}

/** Opens the app's one window on the renderer page; it is shown once it has something to show. */
export function openMainWindow({ preloadPath, appUrl, placement }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, placement.bounds)); // eng-disable SANDBOX_JS_CHECK CONTEXT_ISOLATION_JS_CHECK AUXCLICK_JS_CHECK -- options from window-options.ts, asserted by its tests
  window.once('ready-to-show', () => {
    // Not before: maximize() shows the window, and it would show empty.
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.loadURL(appUrl).catch((error: unknown) => {
    console.error(`SocketScope: could not load ${appUrl}`, error);
  });
  return window;
}
