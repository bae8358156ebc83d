import type { StreamEnvelope } from '../contract/streams';

export interface StreamForwarder {
  /** The renderer said it is ready: start forwarding every stream (again). Idempotent. */
  start(): void;
  /** The page is going away (reload, crash): stop until the next page says it is ready. */
  pause(): void;
  /** The window is gone: stop for good. */
  stop(): void;
  readonly streaming: boolean;
}

/**
 * Forwards the back end's streams to one window, but only between the renderer's ready
 * signal and the moment its page goes away, so batches are never sent to a page that cannot
 * take them and never pile up for a window that is closed.
 */
export function createStreamForwarder(
  subscribe: (listener: (envelope: StreamEnvelope) => void) => () => void,
  send: (envelope: StreamEnvelope) => void,
): StreamForwarder {
  let unsubscribe: (() => void) | undefined;
  let stopped = false;

  function pause(): void {
    unsubscribe?.();
    unsubscribe = undefined;
  }

  return {
    start() {
      if (stopped || unsubscribe) return;
      unsubscribe = subscribe(send);
    },
    pause,
    stop() {
      stopped = true;
      pause();
    },
    get streaming() {
      return unsubscribe !== undefined;
    },
  };
}
