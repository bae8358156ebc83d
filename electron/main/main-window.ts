import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './window-options';

/** Opens the app's one window on the renderer page; it is shown once it has something to show. */
export function openMainWindow(preloadPath: string, appUrl: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(appUrl).catch((error: unknown) => {
    console.error(`SocketScope: could not load ${appUrl}`, error);
  });
  return window;
}

export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
