import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { inEnglish } from '../locales/english';
import { serveUntilSignalled, type ServeProcess } from './serve-process';

/** A stand-in for `process`: signals are emitted by hand, exit is recorded. */
function fakeProcess() {
  const signals = new EventEmitter();
  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  const host: ServeProcess = {
    once: (signal, listener) => signals.once(signal, listener),
    exit: (code) => exit(code),
  };
  return { host, signals, exited };
}

const quiet = { log: vi.fn(), error: vi.fn() };

describe('serveUntilSignalled', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'serves until %s, then closes everything and exits 0',
    async (signal) => {
      const { host, signals, exited } = fakeProcess();
      await serveUntilSignalled(['--json'], inEnglish, host, quiet);
      expect(signals.listenerCount(signal)).toBe(1);
      signals.emit(signal);
      expect(await exited).toBe(0);
    },
  );

  it("leaves a second Ctrl+C to Node's default, which ends the process at once", async () => {
    const { host, signals, exited } = fakeProcess();
    await serveUntilSignalled(['--json'], inEnglish, host, quiet);
    signals.emit('SIGINT');
    expect(signals.listenerCount('SIGINT')).toBe(0);
    await exited;
  });

  it('sets the exit code and waits for no signal when there is nothing to serve', async () => {
    const { host, signals } = fakeProcess();
    await serveUntilSignalled(['--verbose'], inEnglish, host, quiet);
    expect(host.exitCode).toBe(2);
    expect(signals.eventNames()).toEqual([]);
  });
});
