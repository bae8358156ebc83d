import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import type { BackendApi } from '../backend/backend-api';
import { MAX_WIRE_FRAME_BYTES } from '../contract/wire';
import { createAccessToken, tokenMatches } from './access-token';
import { RequestOrigins } from './request-origin';
import { createStaticHandler } from './static-handler';
import { serveWebSocket } from './websocket-session';

export interface BrowserModeOptions {
  backend: BackendApi;
  /** 0 lets the OS choose a free port. */
  port: number;
  /** Loopback unless allowRemote is set. */
  host?: string;
  /** Serving beyond this machine lets anyone who has the URL open sockets here. */
  allowRemote?: boolean;
  /** The built renderer; by default out/renderer beside this bundle's out/main. */
  rendererDir?: string;
}

export interface BrowserModeServer {
  /** The page's address with the access token in its fragment. */
  url: string;
  port: number;
  /** Disconnects every page and stops listening; the back end stays open. */
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'];
const defaultRendererDir = () => resolve(dirname(fileURLToPath(import.meta.url)), '../renderer');

export class NonLoopbackHostError extends Error {
  constructor(host: string) {
    super(
      `Browser mode serves ${host} only with allowRemote: anyone who can reach it could open sockets on this machine.`,
    );
    this.name = 'NonLoopbackHostError';
  }
}

/** Serves the renderer and the back end's API to a browser on this machine. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.includes(host) && !options.allowRemote) throw new NonLoopbackHostError(host);
  const token = createAccessToken();
  let origins = new RequestOrigins([], 0);

  const server = createServer(
    createStaticHandler(options.rendererDir ?? defaultRendererDir(), () => origins),
  );
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_WIRE_FRAME_BYTES });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const refusal = upgradeRefusal(request, origins, token);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveWebSocket(ws, options.backend));
  });

  server.listen(options.port, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const publicName = host === 'localhost' ? '127.0.0.1' : host;
  origins = new RequestOrigins([...new Set([...LOOPBACK_HOSTS, publicName])], port);

  return {
    url: `http://${publicName}:${port}/#token=${token}`,
    port,
    async close() {
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Why a WebSocket upgrade is refused, as an HTTP status line; undefined to accept it. */
function upgradeRefusal(
  request: IncomingMessage,
  origins: RequestOrigins,
  token: string,
): string | undefined {
  const [path, query = ''] = (request.url ?? '').split('?');
  if (path !== '/api') return '404 Not Found';
  const { host, origin } = request.headers;
  if (!origins.isAllowedOrigin(origin, host)) return '403 Forbidden';
  if (!tokenMatches(token, new URLSearchParams(query).get('token'))) return '401 Unauthorized';
  return undefined;
}
