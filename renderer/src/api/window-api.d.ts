import type { SocketScopeApi } from '@contract/api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    socketscope?: SocketScopeApi;
  }
}
