import type { App, PowerMonitor } from 'electron';
import type { Shutdown } from './shutdown';

export type QuittingApp = Pick<App, 'on' | 'quit'>;
export type SignalSource = Pick<NodeJS.Process, 'on'>;

/**
 * Every way the app ends goes through app.quit(), and so through the shutdown that closes the
 * sockets first: the Quit menu item (its role calls app.quit), closing the window, and SIGINT or
 * SIGTERM (Ctrl+C under `npm start` / `npm run dev`, or the system asking the app to stop).
 */
export function installQuitTriggers(app: QuittingApp, signals: SignalSource, shutdown: Shutdown): void {
  app.on('before-quit', (event) => shutdown.beforeQuit(event));
  // The sockets belong to the window: closing it ends the session, on macOS too.
  app.on('window-all-closed', () => app.quit());
  // `on`, not `once`: Ctrl+C under `npm start` reaches this process twice (from the terminal and
  // forwarded by the launcher), and a second signal must not kill it before its sockets close.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) signals.on(signal, () => app.quit());
}

/**
 * Only once the app is ready: powerMonitor cannot be used before. Electron's typings give the
 * 'shutdown' listener no argument, though its documentation has it call event.preventDefault().
 */
export function installSystemShutdownTrigger(power: Pick<PowerMonitor, 'on'>, shutdown: Shutdown): void {
  power.on('shutdown', (event?: { preventDefault(): void }) =>
    shutdown.systemShutdown(event ?? { preventDefault: () => undefined }),
  );
}
