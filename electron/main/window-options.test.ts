import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');

  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('opens hidden (shown on ready-to-show) and titled SocketScope', () => {
    expect(options).toMatchObject({ show: false, title: 'SocketScope' });
  });

  it('opens centred at the default size, or exactly where it was', () => {
    expect(options).toMatchObject({ width: 1280, height: 820, center: true, minWidth: 900, minHeight: 600 });
    const bounds = { x: 40, y: 60, width: 1000, height: 700 };
    const restored = mainWindowOptions('/app/out/preload/index.cjs', bounds);
    expect(restored).toMatchObject(bounds);
    expect(restored.center).toBeUndefined();
  });
});
