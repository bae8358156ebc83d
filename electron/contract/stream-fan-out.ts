import type { SocketScopeApi } from './api';
import { createListenerHub, type ListenerHub } from './listener-hub';
import { isStreamName, STREAM_NAMES, type StreamEnvelope, type StreamName } from './streams';

export interface StreamFanOut {
  /** For the page: SocketScopeApi's subscribe. Throws on a stream name the contract does not have. */
  subscribe: SocketScopeApi['subscribe'];
  /** For the transport: hands one delivery to the listeners of its stream only. */
  deliver(envelope: StreamEnvelope): void;
}

/**
 * The page's end of the streams, for both transports: one listener hub per stream, so each
 * consumer gets only the stream it asked for. `onFirstListener` runs when the page subscribes
 * to any stream for the first time (the desktop app's ready signal).
 */
export function createStreamFanOut(onFirstListener: () => void = () => undefined): StreamFanOut {
  let ready = false;
  const signalReady = () => {
    if (ready) return;
    ready = true;
    onFirstListener();
  };
  const hubs = new Map<StreamName, ListenerHub<unknown>>(
    STREAM_NAMES.map((name) => [name, createListenerHub<unknown>(signalReady)]),
  );
  return {
    subscribe(stream, listener) {
      const hub = isStreamName(stream) ? hubs.get(stream) : undefined;
      if (!hub) throw new TypeError(`There is no stream "${String(stream)}".`);
      return hub.add(listener as (batch: unknown) => void);
    },
    deliver(envelope) {
      hubs.get(envelope.stream)?.deliver(envelope.batch);
    },
  };
}
