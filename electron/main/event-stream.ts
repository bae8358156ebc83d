import type { EventBatch } from '../contract/events';

export interface EventStream {
  /** The renderer said it is ready: start forwarding batches (again). Idempotent. */
  start(): void;
  /** The page is going away (reload, crash): stop until the next page says it is ready. */
  pause(): void;
  /** The window is gone: stop for good. */
  stop(): void;
  readonly streaming: boolean;
}

/**
 * Forwards the back end's event batches to one window, but only between the renderer's ready
 * signal and the moment its page goes away, so batches are never sent to a page that cannot
 * take them and never pile up for a window that is closed.
 */
export function createEventStream(
  subscribe: (listener: (batch: EventBatch) => void) => () => void,
  send: (batch: EventBatch) => void,
): EventStream {
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
