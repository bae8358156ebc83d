import type { EventBatch } from '../contract/events';

export interface EventHub {
  /** For the page: adds a listener; returns the function that removes it. */
  onEvents(listener: (batch: EventBatch) => void): () => void;
  /** For the IPC listener: hands one batch (and nothing else) to every page listener. */
  deliver(batch: EventBatch): void;
}

/**
 * Fans event batches out to the page's listeners. The main process starts streaming only after
 * the ready signal, which is sent when the page adds its first listener, so no batch is sent
 * before anyone can take it.
 */
export function createEventHub(signalReady: () => void): EventHub {
  const listeners = new Set<(batch: EventBatch) => void>();
  let readySignalled = false;

  return {
    onEvents(listener) {
      if (typeof listener !== 'function') throw new TypeError('onEvents needs a function.');
      // Wrapped so the same function added twice gets two independent subscriptions.
      const entry = (batch: EventBatch) => listener(batch);
      listeners.add(entry);
      if (!readySignalled) {
        readySignalled = true;
        signalReady();
      }
      return () => {
        listeners.delete(entry);
      };
    },
    deliver(batch) {
      for (const listener of [...listeners]) {
        try {
          listener(batch);
        } catch (error) {
          // One failing listener must not starve the others.
          console.error('SocketScope: an event listener threw', error);
        }
      }
    },
  };
}
