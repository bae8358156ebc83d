import type { App, BrowserWindow } from 'electron';

export type SingleInstanceApp = Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>;

/**
 * One SocketScope at a time: the first launch takes the lock and, when launched again, brings its
 * window forward; a second launch quits at once. Returns whether this is the first.
 */
export function claimSingleInstance(app: SingleInstanceApp, showExistingWindow: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => showExistingWindow());
  return true;
}

export type RaisableWindow = Pick<
  BrowserWindow,
  'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'
>;

/** Brings the window forward: restored if minimized, shown if hidden, and focused. */
export function raiseWindow(window: RaisableWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
