import type { RawData, WebSocket } from 'ws';
import type { BackendApi } from '../backend/backend-api';
import { toCommandError } from '../backend/command-error';
import { subscribeToEveryStream } from '../backend/every-stream';
import { wireRequestSchema, type WireMessage } from '../contract/wire';
import { whenBehind } from './behind-policy';

/**
 * A page that stops reading is disconnected rather than buffered for without limit: at 60
 * batches a second of at most 64 KiB, this is several seconds of events it has not read.
 */
export const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
/**
 * Past this, a page is behind, and gets of each stream only what whenBehind keeps: a machine's
 * table can be megabytes, and a page still working through one must not fall further behind,
 * nor be cut off for it.
 */
export const TABLE_BEHIND_BYTES = 1024 * 1024;
/** WebSocket close code 1013, "try again later": the page reconnects and resyncs. */
const CLOSE_TRY_AGAIN_LATER = 1013;

/**
 * One page's connection: its commands go to the back end, one reply each, and every stream's
 * batches come back to it. Nothing it sends can end the connection but a frame over the limit.
 */
export function serveWebSocket(ws: WebSocket, backend: BackendApi): void {
  const send = (message: WireMessage) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      ws.close(CLOSE_TRY_AGAIN_LATER, 'The page is not reading its events.');
      return;
    }
    ws.send(JSON.stringify(message));
  };
  const unsubscribe = subscribeToEveryStream(backend, (envelope) => {
    const kept = ws.bufferedAmount > TABLE_BEHIND_BYTES ? whenBehind(envelope) : envelope;
    if (kept) send({ type: 'stream', envelope: kept });
  });

  ws.on('message', (data: RawData, isBinary: boolean) => {
    const request = parseRequest(data, isBinary);
    if (typeof request === 'string') return send({ type: 'protocol-error', message: request });
    // handle() answers every failure with a typed error; a rejection would be a bug, still answered.
    void backend
      .handle(request.command, request.payload)
      .catch((error: unknown) => ({ ok: false as const, error: toCommandError(error) }))
      .then((response) => send({ type: 'response', id: request.id, response }));
  });
  ws.on('close', unsubscribe);
  // ws reports oversized frames and broken connections here, then closes; nothing more to do.
  ws.on('error', () => undefined);
}

function parseRequest(data: RawData, isBinary: boolean) {
  if (isBinary) return 'Send commands as JSON text frames.';
  let json: unknown;
  try {
    json = JSON.parse(data.toString());
  } catch {
    return 'That frame is not valid JSON.';
  }
  const parsed = wireRequestSchema.safeParse(json);
  return parsed.success ? parsed.data : 'A command needs exactly { id, command, payload }.';
}
