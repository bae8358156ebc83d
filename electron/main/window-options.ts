import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/**
 * The main window: the renderer gets no Node, an isolated and sandboxed preload, and web security
 * on. Without remembered bounds it opens at the default size, centred.
 */
export function mainWindowOptions(preloadPath: string, bounds?: Rectangle): BrowserWindowConstructorOptions {
  return {
    title: 'SocketScope',
    ...(bounds ?? { ...DEFAULT_WINDOW_SIZE, center: true }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on ready-to-show, so the user never sees an empty white window.
    show: false,
    backgroundColor: '#10141a',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}
