import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { tokenMatches } from './access-token';
import type { RequestOrigins } from './request-origin';

/** Where the renderer opens its WebSocket (renderer/src/api/websocket-api.ts). */
export const API_PATH = '/api';

/** Why a WebSocket upgrade is refused, as an HTTP status; undefined to accept it. */
export function upgradeRefusal(
  request: IncomingMessage,
  origins: RequestOrigins,
  token: string,
): string | undefined {
  const [path, query = ''] = (request.url ?? '').split('?');
  if (path !== API_PATH) return '404 Not Found';
  const { host, origin } = request.headers;
  if (!origins.isAllowedHost(host)) return '403 Forbidden';
  if (!origins.isAllowedOrigin(origin, host)) return '403 Forbidden';
  if (!tokenMatches(token, new URLSearchParams(query).get('token'))) return '401 Unauthorized';
  return undefined;
}

/** Answers the upgrade with a plain HTTP refusal, then drops the connection. */
export function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
}
