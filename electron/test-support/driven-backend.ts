import type { BackendApi } from '../backend/backend-api';
import type { CommandResponse } from '../contract/responses';
import type { CommandName } from '../contract/command-names';
import { STREAM_NAMES, type StreamName, type Streams } from '../contract/streams';

/**
 * A back end whose streams the test drives directly, to flood or watch a transport's
 * subscribers; every command gets what `handle` answers (by default ok with an empty result).
 */
export function createDrivenBackend(
  handle: BackendApi['handle'] = async (): Promise<CommandResponse<CommandName>> => ({
    ok: true,
    result: {},
  }),
) {
  const listeners = new Map<StreamName, Set<(batch: never) => void>>(
    STREAM_NAMES.map((name) => [name, new Set()]),
  );
  const backend: BackendApi = {
    handle,
    subscribe(stream, listener) {
      const set = listeners.get(stream);
      set?.add(listener);
      return () => set?.delete(listener);
    },
    close: () => Promise.resolve(),
  };
  return {
    backend,
    /** How many listeners are subscribed to `stream`, or to all streams together. */
    listenerCount: (stream?: StreamName) =>
      stream
        ? (listeners.get(stream)?.size ?? 0)
        : [...listeners.values()].reduce((n, set) => n + set.size, 0),
    emit<S extends StreamName>(stream: S, batch: Streams[S]): void {
      listeners.get(stream)?.forEach((deliver) => (deliver as (batch: Streams[S]) => void)(batch));
    },
  };
}
