import { describe, expect, it } from 'vitest';
import { parseWindowState, placeWindow, type WindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const monitorOnTheRight = { x: 1920, y: 0, width: 2560, height: 1400 };
const saved: WindowState = { x: 100, y: 80, width: 1200, height: 800, maximized: false };

describe('parseWindowState', () => {
  it('reads what was saved', () => {
    expect(parseWindowState(JSON.stringify(saved))).toEqual(saved);
    expect(parseWindowState(JSON.stringify({ ...saved, x: -1800, maximized: true }))).toEqual({
      ...saved,
      x: -1800,
      maximized: true,
    });
  });

  it.each([
    ['an empty file', ''],
    ['half a file', '{"x": 100, "y": 8'],
    ['not an object', '[100, 80, 1200, 800]'],
    ['null', 'null'],
    ['a missing field', JSON.stringify({ x: 1, y: 2, width: 1200, height: 800 })],
    ['an extra field', JSON.stringify({ ...saved, preload: '/tmp/evil.js' })],
    ['a string number', JSON.stringify({ ...saved, width: '1200' })],
    ['a fraction', JSON.stringify({ ...saved, x: 10.5 })],
    ['a size below the minimum', JSON.stringify({ ...saved, width: 20 })],
    ['a huge size', JSON.stringify({ ...saved, height: 1e9 })],
    ['a far-away position', JSON.stringify({ ...saved, y: -1e12 })],
    ['a NaN written as null', JSON.stringify({ ...saved, x: Number.NaN })],
  ])('refuses %s', (_what, text) => expect(parseWindowState(text)).toBeUndefined());
});

describe('placeWindow', () => {
  it('opens where it was when that is on a display', () => {
    expect(placeWindow(saved, [laptop])).toEqual({
      bounds: { x: 100, y: 80, width: 1200, height: 800 },
      maximized: false,
    });
    const onMonitor = { ...saved, x: 2200, maximized: true };
    expect(placeWindow(onMonitor, [laptop, monitorOnTheRight])).toEqual({
      bounds: { x: 2200, y: 80, width: 1200, height: 800 },
      maximized: true,
    });
  });

  it('falls back to the defaults without a saved state', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({ maximized: false });
  });

  it.each([
    ['on a monitor unplugged since', { ...saved, x: 2200 }],
    ['far to the left', { ...saved, x: -5000 }],
    ['above every display', { ...saved, y: -900 }],
    ['below every display', { ...saved, y: 1100 }],
    ['with only a sliver of its top edge on screen', { ...saved, x: 1920 - 50 }],
    ['with its title bar off the top', { ...saved, y: -20 }],
  ])('falls back to the defaults when the window was %s', (_what, state) => {
    expect(placeWindow(state, [laptop])).toEqual({ maximized: false });
  });

  it('falls back to the defaults when no display is known', () => {
    expect(placeWindow(saved, [])).toEqual({ maximized: false });
  });

  it('shrinks a window bigger than the display it is on, never below the minimum size', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(placeWindow({ ...saved, x: 0, y: 0, width: 2400, height: 1300 }, [small]).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 700,
    });
    const tiny = { x: 0, y: 0, width: 800, height: 500 };
    expect(placeWindow({ ...saved, x: 0, y: 0 }, [tiny]).bounds).toMatchObject({ width: 900, height: 600 });
  });
});
