import type { SocketScopeApi } from '../../../electron/contract/api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    socketscope?: SocketScopeApi;
  }
}
