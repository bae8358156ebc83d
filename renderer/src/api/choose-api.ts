import type { ApiConnection } from './api-connection';
import { takeBrowserToken } from './browser-token';
import { connectWebSocketApi } from './websocket-api';

/** No preload and no token: the page was opened without the address SocketScope printed. */
export class MissingTokenError extends Error {
  constructor() {
    super('Browser mode needs the address SocketScope printed, with its #token=.');
    this.name = 'MissingTokenError';
  }
}

/** The desktop app's preload API when there is one, otherwise browser mode's WebSocket. */
export function chooseApi(): ApiConnection {
  const preloadApi = window.socketscope;
  if (preloadApi) {
    return { api: preloadApi, status: () => 'open', onStatus: () => () => undefined };
  }
  const token = takeBrowserToken(window.location, window.sessionStorage);
  if (!token) throw new MissingTokenError();
  return connectWebSocketApi(new URL(window.location.href), token, window.sessionStorage);
}
