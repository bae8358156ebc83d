import type { RawData, WebSocket } from 'ws';
import type { BackendApi } from '../backend/backend-api';
import { toCommandError } from '../backend/command-error';
import { wireRequestSchema } from '../contract/wire';
import type { PageBroadcast } from './page-broadcast';

/**
 * One page's connection: its commands go to the back end, one reply each, and the broadcast
 * brings it every stream. Nothing it sends can end the connection but a frame over the limit.
 */
export function serveWebSocket(ws: WebSocket, backend: BackendApi, broadcast: PageBroadcast): void {
  // ws reports oversized frames and broken connections here, then closes; nothing more to do.
  ws.on('error', () => undefined);
  const leave = broadcast.add(ws);
  if (!leave) return;
  ws.on('close', leave);

  ws.on('message', (data: RawData, isBinary: boolean) => {
    const request = parseRequest(data, isBinary);
    if (typeof request === 'string') {
      broadcast.sendTo(ws, { type: 'protocol-error', message: request });
      return;
    }
    // handle() answers every failure with a typed error; a rejection would be a bug, still answered.
    void backend
      .handle(request.command, request.payload)
      .catch((error: unknown) => ({ ok: false as const, error: toCommandError(error) }))
      .then((response) => broadcast.sendTo(ws, { type: 'response', id: request.id, response }));
  });
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
