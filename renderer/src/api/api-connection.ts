import type { SocketScopeApi } from '@contract/api';

/**
 * open: commands and events flow; lost: the back end is unreachable (browser mode retries);
 * replaced: another back end now answers at this address, and it needs the address it printed.
 */
export type ConnectionStatus = 'connecting' | 'open' | 'lost' | 'replaced';

/** The renderer's one way to the back end, whichever transport carries it. */
export interface ApiConnection {
  api: SocketScopeApi;
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
}
