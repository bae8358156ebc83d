import { STREAM_NAMES, type StreamEnvelope, type StreamListener, type StreamName } from '../contract/streams';
import type { BackendApi } from './backend-api';

/**
 * For a transport that carries every stream down one channel: each batch of every stream, as an
 * envelope naming its stream. Returns the function that stops them all.
 */
export function subscribeToEveryStream(
  backend: Pick<BackendApi, 'subscribe'>,
  listener: (envelope: StreamEnvelope) => void,
): () => void {
  const forward = <S extends StreamName>(stream: S) => {
    const wrap = ((batch) => listener({ stream, batch } as StreamEnvelope)) as StreamListener<S>;
    return backend.subscribe(stream, wrap);
  };
  const stops = STREAM_NAMES.map(forward);
  return () => stops.forEach((stop) => stop());
}
