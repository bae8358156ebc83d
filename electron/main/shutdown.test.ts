import { describe, expect, it, vi } from 'vitest';
import { createShutdown } from './shutdown';

function quitEvent() {
  return { preventDefault: vi.fn() };
}

describe('createShutdown', () => {
  it('holds the first quit until the back end has closed, then quits and lets the next through', async () => {
    let finishClosing: () => void = () => undefined;
    const closeBackend = vi.fn(() => new Promise<void>((resolve) => (finishClosing = resolve)));
    const quit = vi.fn();
    const shutdown = createShutdown({ closeBackend, quit });

    const first = quitEvent();
    shutdown.beforeQuit(first);
    shutdown.beforeQuit(quitEvent());
    expect(first.preventDefault).toHaveBeenCalled();
    expect(closeBackend).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();

    finishClosing();
    await shutdown.close();
    await Promise.resolve();
    expect(quit).toHaveBeenCalled();
    expect(shutdown.closed).toBe(true);

    const last = quitEvent();
    shutdown.beforeQuit(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
    expect(closeBackend).toHaveBeenCalledTimes(1);
  });

  it('still quits when closing fails or hangs', async () => {
    const log = vi.fn();
    const failing = createShutdown({
      closeBackend: () => Promise.reject(new Error('boom')),
      quit: vi.fn(),
      log,
    });
    await failing.close();
    expect(failing.closed).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: 'boom' }));

    const quit = vi.fn();
    const hanging = createShutdown({
      closeBackend: () => new Promise(() => undefined),
      quit,
      timeoutMs: 20,
      log,
    });
    hanging.beforeQuit(quitEvent());
    await hanging.close();
    await Promise.resolve();
    expect(quit).toHaveBeenCalled();
  });

  it('survives a back end that throws before returning a promise', async () => {
    const shutdown = createShutdown({
      closeBackend: () => {
        throw new Error('sync');
      },
      quit: vi.fn(),
      log: vi.fn(),
    });
    await expect(shutdown.close()).resolves.toBeUndefined();
  });

  it('never holds the quit during a system shutdown, which macOS would cancel: it delays the system once', async () => {
    let finishClosing: () => void = () => undefined;
    const closeBackend = vi.fn(() => new Promise<void>((resolve) => (finishClosing = resolve)));
    const quit = vi.fn();
    const shutdown = createShutdown({ closeBackend, quit });

    const system = quitEvent();
    shutdown.systemShutdown(system);
    expect(system.preventDefault).toHaveBeenCalledTimes(1);
    expect(closeBackend).toHaveBeenCalledTimes(1);
    // The system's own quit arrives while the sockets are still closing: it must go through.
    const quitDuringShutdown = quitEvent();
    shutdown.beforeQuit(quitDuringShutdown);
    expect(quitDuringShutdown.preventDefault).not.toHaveBeenCalled();
    const again = quitEvent();
    shutdown.systemShutdown(again);
    expect(again.preventDefault).not.toHaveBeenCalled();

    finishClosing();
    await shutdown.close();
    await Promise.resolve();
    expect(quit).toHaveBeenCalledTimes(1);
    expect(closeBackend).toHaveBeenCalledTimes(1);
  });
});
