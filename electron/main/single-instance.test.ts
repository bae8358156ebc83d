import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  claimSingleInstance,
  raiseWindow,
  type RaisableWindow,
  type SingleInstanceApp,
} from './single-instance';

function fakeApp(gotLock: boolean) {
  return Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
  });
}

describe('claimSingleInstance', () => {
  it('lets the first launch run and brings its window forward on the next launch', () => {
    const app = fakeApp(true);
    const show = vi.fn();
    expect(claimSingleInstance(app as unknown as SingleInstanceApp, show)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['socketscope'], '/home/user');
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('quits a second launch before it opens anything', () => {
    const app = fakeApp(false);
    const show = vi.fn();
    expect(claimSingleInstance(app as unknown as SingleInstanceApp, show)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});

describe('raiseWindow', () => {
  function fakeWindow(state: { destroyed?: boolean; minimized?: boolean }) {
    const calls: string[] = [];
    const window: RaisableWindow = {
      isDestroyed: () => state.destroyed ?? false,
      isMinimized: () => state.minimized ?? false,
      restore: () => void calls.push('restore'),
      show: () => void calls.push('show'),
      focus: () => void calls.push('focus'),
    };
    return { window, calls };
  }

  it('restores a minimized window, then shows and focuses it', () => {
    const minimized = fakeWindow({ minimized: true });
    raiseWindow(minimized.window);
    expect(minimized.calls).toEqual(['restore', 'show', 'focus']);
    const behind = fakeWindow({});
    raiseWindow(behind.window);
    expect(behind.calls).toEqual(['show', 'focus']);
  });

  it('does nothing before the window exists or after it is gone', () => {
    expect(() => raiseWindow(undefined)).not.toThrow();
    const gone = fakeWindow({ destroyed: true });
    raiseWindow(gone.window);
    expect(gone.calls).toEqual([]);
  });
});
