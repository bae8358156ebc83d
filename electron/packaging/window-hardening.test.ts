import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../main/window-options';

const PRELOAD = '/app/out/preload/index.cjs';

/** The web preferences electron/main/window-options.test.ts does not already pin down. */
describe('main window web preferences', () => {
  it.each([
    ['at the default size', mainWindowOptions(PRELOAD)],
    ['at remembered bounds', mainWindowOptions(PRELOAD, { x: 10, y: 20, width: 1000, height: 700 })],
  ])('turn on no experimental or Blink feature and ignore dropped files, %s', (_case, options) => {
    const preferences = options.webPreferences ?? {};
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.additionalArguments).toBeUndefined();
  });
});
