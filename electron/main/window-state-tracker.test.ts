import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowState } from './window-state';
import { trackWindowState, type TrackedWindow } from './window-state-tracker';

function fakeWindow() {
  const window = Object.assign(new EventEmitter(), {
    bounds: { x: 10, y: 20, width: 1000, height: 700 },
    maximized: false,
    getNormalBounds() {
      return window.bounds;
    },
    isMaximized() {
      return window.maximized;
    },
  });
  const saved: WindowState[] = [];
  trackWindowState(window as unknown as TrackedWindow, (state) => saved.push(state), 500);
  return { window, saved };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('trackWindowState', () => {
  it('saves once the user stops moving and resizing', () => {
    const { window, saved } = fakeWindow();
    for (let step = 0; step < 20; step += 1) {
      window.bounds = { ...window.bounds, x: 10 + step };
      window.emit(step % 2 ? 'move' : 'resize');
      vi.advanceTimersByTime(100);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(saved).toEqual([{ x: 29, y: 20, width: 1000, height: 700, maximized: false }]);
  });

  it('saves at once on close, with no debounced save left to follow', () => {
    const { window, saved } = fakeWindow();
    window.emit('move');
    window.maximized = true;
    window.bounds = { x: 10.4, y: 19.6, width: 1000, height: 700 };
    window.emit('close');
    expect(saved).toEqual([{ x: 10, y: 20, width: 1000, height: 700, maximized: true }]);
    window.emit('closed');
    vi.advanceTimersByTime(5000);
    expect(saved).toHaveLength(1);
  });

  it('saves the normal bounds and the maximized flag when maximized', () => {
    const { window, saved } = fakeWindow();
    window.maximized = true;
    window.emit('maximize');
    vi.advanceTimersByTime(500);
    expect(saved).toEqual([{ x: 10, y: 20, width: 1000, height: 700, maximized: true }]);
  });
});
