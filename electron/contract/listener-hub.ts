export interface ListenerHub<T> {
  /** For the page: adds a listener; returns the function that removes it. */
  add(listener: (value: T) => void): () => void;
  /** For the IPC listener: hands one value (and nothing else) to every page listener. */
  deliver(value: T): void;
}

/**
 * Fans what main sends out to the page's listeners. `onFirstListener` runs once, when the page
 * adds its first listener: main streams events only after that ready signal, so nothing is sent
 * before anyone can take it.
 */
export function createListenerHub<T>(onFirstListener: () => void = () => undefined): ListenerHub<T> {
  const listeners = new Set<(value: T) => void>();
  let hadListener = false;

  return {
    add(listener) {
      if (typeof listener !== 'function') throw new TypeError('A listener must be a function.');
      // Wrapped so the same function added twice gets two independent subscriptions.
      const entry = (value: T) => listener(value);
      listeners.add(entry);
      if (!hadListener) {
        hadListener = true;
        onFirstListener();
      }
      return () => {
        listeners.delete(entry);
      };
    },
    deliver(value) {
      for (const listener of [...listeners]) {
        try {
          listener(value);
        } catch (error) {
          // One failing listener must not starve the others.
          console.error('SocketScope: a listener threw', error);
        }
      }
    },
  };
}
