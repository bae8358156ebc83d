import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseWindowState, windowStateSchema, type WindowState } from './window-state';

export interface WindowStateFile {
  /** The saved state; undefined when there is none or it is unreadable, corrupt or out of range. */
  read(): WindowState | undefined;
  /** Saves the state; a failure is logged, never thrown: losing it only costs the default size. */
  write(state: WindowState): void;
}

/**
 * window-state.json in the user data folder. Written synchronously (a hundred bytes, at most
 * every debounce interval and once on close) so that the last write has finished before the app
 * exits, and through a temporary file renamed into place so a crash never leaves half a file.
 */
export function windowStateFile(path: string, log = console.error): WindowStateFile {
  return {
    read() {
      try {
        return parseWindowState(readFileSync(path, 'utf8'));
      } catch {
        return undefined;
      }
    },
    write(state) {
      const valid = windowStateSchema.safeParse(state);
      if (!valid.success) return;
      const temporary = `${path}.tmp`;
      try {
        writeFileSync(temporary, `${JSON.stringify(valid.data)}\n`, { mode: 0o600 });
        renameSync(temporary, path);
      } catch (error) {
        log('SocketScope: could not save the window position', error);
      }
    },
  };
}
