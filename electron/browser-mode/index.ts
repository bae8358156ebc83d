import { bracketedHost } from '../contract/address-text';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import type { BackendApi } from '../backend/backend-api';
import { MAX_WIRE_FRAME_BYTES } from '../contract/wire';
import { createAccessToken } from './access-token';
import { createInstanceId, withInstanceEndpoint } from './instance-endpoint';
import {
  isLoopbackName,
  isWildcardAddress,
  listenAddressFor,
  LOOPBACK_NAMES,
  NonLoopbackHostError,
  WildcardHostError,
} from './listen-host';
import { RequestOrigins } from './request-origin';
import { PageBroadcast } from './page-broadcast';
import { DEFAULT_PAGE_LIMITS, type PageLimits } from './page-limits';
import { createStaticHandler } from './static-handler';
import {
  boundUnprovenConnections,
  DEFAULT_UNPROVEN_LIMITS,
  type UnprovenConnectionLimits,
} from './unproven-connections';
import { refuseUpgrade, upgradeRefusal } from './upgrade-guard';
import { serveWebSocket } from './websocket-session';

export interface BrowserModeOptions {
  backend: BackendApi;
  /** 0 lets the OS choose a free port. */
  port: number;
  /** 127.0.0.1 by default; "localhost" also listens on 127.0.0.1. */
  host?: string;
  /** Required for any other host: anyone who can reach it and has the URL could open sockets here. */
  allowRemote?: boolean;
  /** The built renderer; by default out/renderer beside this bundle's out/main. */
  rendererDir?: string;
  /** Tests make these small; the defaults suit a person with a few tabs. */
  pageLimits?: Partial<PageLimits>;
  unprovenLimits?: Partial<UnprovenConnectionLimits>;
}

export interface BrowserModeServer {
  /** The page's address with the access token in its fragment, which never reaches a server. */
  url: string;
  port: number;
  /** Disconnects every page and stops listening; the back end stays open. */
  close(): Promise<void>;
}

const defaultRendererDir = () => resolve(dirname(fileURLToPath(import.meta.url)), '../renderer');

/** Serves the renderer and the back end's API to a browser on this machine. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackName(host) && !options.allowRemote) throw new NonLoopbackHostError(host);
  if (isWildcardAddress(host)) throw new WildcardHostError(host);
  const token = createAccessToken();
  let origins = new RequestOrigins([], 0);

  const server = createServer(
    withInstanceEndpoint(
      createInstanceId(),
      () => origins,
      createStaticHandler(options.rendererDir ?? defaultRendererDir(), () => origins),
    ),
  );
  const unproven = boundUnprovenConnections(server, {
    ...DEFAULT_UNPROVEN_LIMITS,
    ...options.unprovenLimits,
  });
  const broadcast = new PageBroadcast(options.backend, { ...DEFAULT_PAGE_LIMITS, ...options.pageLimits });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_WIRE_FRAME_BYTES });
  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    const refusal = upgradeRefusal(request, origins, token);
    if (refusal) return refuseUpgrade(socket, refusal);
    unproven.proven(socket as Socket);
    sockets.handleUpgrade(request, socket, head, (ws) => serveWebSocket(ws, options.backend, broadcast));
  });

  server.listen(options.port, listenAddressFor(host));
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const urlHost = isLoopbackName(host) ? '127.0.0.1' : bracketedHost(host);
  origins = new RequestOrigins([...new Set([...LOOPBACK_NAMES, urlHost])], port);

  return {
    url: `http://${urlHost}:${port}/#token=${token}`,
    port,
    async close() {
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
