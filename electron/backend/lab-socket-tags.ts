import type { LabSocket } from '../contract/events';
import type { SocketRow } from '../contract/socket-table';

/** How long a closed Lab connection's endpoints are remembered, to name its TIME_WAIT row. */
export const REMEMBER_CLOSED_MS = 120_000;

function plain(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower;
}

function pairKey(localAddress: string, localPort: number, remoteAddress: string, remotePort: number): string {
  return `${plain(localAddress)}|${localPort}|${plain(remoteAddress)}|${remotePort}`;
}

/**
 * Finds the Lab's own sockets in the machine's table: a listener by its LISTEN row, a connection
 * by its two endpoints (both ends show, one row each), a UDP socket by the address it is bound to. Rows of this process only, except TIME_WAIT
 * rows, which belong to no process any more and are matched to Lab connections closed lately.
 */
export class LabSocketTags {
  private readonly recentPairs = new Map<string, { socketId: string; seenAt: number }>();

  constructor(private readonly ownPid: number = process.pid) {}

  /** Rows with labSocketId set where a row is one of `labSockets`; other rows unchanged. */
  tag(rows: readonly SocketRow[], labSockets: readonly LabSocket[], now: number): SocketRow[] {
    const listeners = new Map<string, string>();
    const datagramSockets = new Map<string, string>();
    for (const socket of labSockets) {
      if (!socket.local) continue;
      if (socket.protocol === 'udp') {
        datagramSockets.set(`${plain(socket.local.address)}|${socket.local.port}`, socket.socketId);
      } else if (socket.role === 'listener') {
        listeners.set(`${plain(socket.local.address)}|${socket.local.port}`, socket.socketId);
      } else if (socket.remote) {
        const key = pairKey(
          socket.local.address,
          socket.local.port,
          socket.remote.address,
          socket.remote.port,
        );
        this.recentPairs.set(key, { socketId: socket.socketId, seenAt: now });
      }
    }
    for (const [key, entry] of this.recentPairs) {
      if (now - entry.seenAt > REMEMBER_CLOSED_MS) this.recentPairs.delete(key);
    }
    return rows.map((row) => {
      const socketId = row.protocol.startsWith('udp')
        ? row.pid === this.ownPid
          ? datagramSockets.get(`${plain(row.localAddress)}|${row.localPort}`)
          : undefined
        : this.labSocketOf(row, listeners);
      return socketId ? { ...row, labSocketId: socketId } : row;
    });
  }

  private labSocketOf(row: SocketRow, listeners: ReadonlyMap<string, string>): string | undefined {
    if (!row.protocol.startsWith('tcp')) return undefined;
    const mine = row.pid === this.ownPid;
    if (row.state === 'LISTEN') {
      return mine ? listeners.get(`${plain(row.localAddress)}|${row.localPort}`) : undefined;
    }
    if (!mine && row.state !== 'TIME_WAIT') return undefined;
    return this.recentPairs.get(pairKey(row.localAddress, row.localPort, row.remoteAddress, row.remotePort))
      ?.socketId;
  }
}
