import type { BrowserWindow } from 'electron';
import type { WindowState } from './window-state';

export type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>;

export const SAVE_DEBOUNCE_MS = 500;

/**
 * Saves the window's state while the user moves and resizes it (once they pause, not on every
 * pixel) and once more, at once, when it closes. The normal bounds are saved even while
 * maximized or full screen, so un-maximizing after a restart returns to them.
 */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => void,
  debounceMs = SAVE_DEBOUNCE_MS,
): void {
  let timer: NodeJS.Timeout | undefined;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const saveNow = () => {
    cancel();
    const { x, y, width, height } = window.getNormalBounds();
    save({
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
      maximized: window.isMaximized(),
    });
  };
  const saveSoon = () => {
    cancel();
    timer = setTimeout(saveNow, debounceMs);
  };

  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);
  window.on('closed', cancel);
}
