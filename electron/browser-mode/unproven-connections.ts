import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long and how many connections that have not yet shown the token may be held. */
export interface UnprovenConnectionLimits {
  /** The page's own requests are short; a connection silent this long is let go. */
  idleMs: number;
  /** Past this many, the oldest is let go to make room for the new one. */
  max: number;
}

export const DEFAULT_UNPROVEN_LIMITS: UnprovenConnectionLimits = { idleMs: 10_000, max: 128 };

/**
 * Any local account can connect to browser mode's port, token or not. Connections that have not
 * (yet) opened an authenticated WebSocket are bounded in time and number, dropping the oldest
 * first, so that nobody can hold enough of them to starve the page or exhaust open files.
 * Returns `proven`, to call on a socket that has presented the token.
 */
export function boundUnprovenConnections(
  server: Server,
  limits: UnprovenConnectionLimits,
): { proven(socket: Socket): void } {
  // A Set keeps insertion order: the first is the oldest.
  const unproven = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    if (unproven.size >= limits.max) {
      const oldest = unproven.values().next().value;
      if (oldest) {
        unproven.delete(oldest);
        oldest.destroy();
      }
    }
    unproven.add(socket);
    socket.setTimeout(limits.idleMs, () => socket.destroy());
    socket.once('close', () => unproven.delete(socket));
  });
  return {
    proven(socket) {
      unproven.delete(socket);
      socket.setTimeout(0);
    },
  };
}
