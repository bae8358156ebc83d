export interface ShutdownOptions {
  /** Closes every socket the app opened. */
  closeBackend: () => Promise<void>;
  /** Asks the app to quit (again). */
  quit: () => void;
  /** A socket that will not close must not keep the app open forever. */
  timeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface Shutdown {
  /**
   * For app 'before-quit': the first time, holds the quit, closes the back end, then quits again;
   * once closed, lets the quit through.
   */
  beforeQuit(event: { preventDefault(): void }): void;
  /**
   * For powerMonitor 'shutdown' (macOS, Linux: the system is shutting down, restarting or
   * logging out): asks the system to wait (Electron's documented use of preventDefault there),
   * closes the back end, then quits. From then on before-quit never holds the quit: macOS reads a
   * held quit as the app refusing, and cancels the whole shutdown.
   */
  systemShutdown(event: { preventDefault(): void }): void;
  /** Closes the back end once, however many times it is asked. */
  close(): Promise<void>;
  readonly closed: boolean;
}

export function createShutdown({
  closeBackend,
  quit,
  timeoutMs = 3000,
  log = console.error,
}: ShutdownOptions): Shutdown {
  let closing: Promise<void> | undefined;
  let closed = false;
  let systemShuttingDown = false;

  function close(): Promise<void> {
    closing ??= withTimeout(startClosing(closeBackend), timeoutMs)
      .catch((error: unknown) => log('SocketScope: closing the sockets failed', error))
      .finally(() => {
        closed = true;
      });
    return closing;
  }

  return {
    beforeQuit(event) {
      if (closed || systemShuttingDown) return;
      event.preventDefault();
      void close().then(quit);
    },
    systemShutdown(event) {
      if (systemShuttingDown) return;
      systemShuttingDown = true;
      if (closed) return;
      event.preventDefault();
      void close().then(quit);
    },
    close,
    get closed() {
      return closed;
    },
  };
}

function startClosing(closeBackend: () => Promise<void>): Promise<void> {
  try {
    return closeBackend();
  } catch (error) {
    return Promise.reject(error);
  }
}

function withTimeout(work: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still open after ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
