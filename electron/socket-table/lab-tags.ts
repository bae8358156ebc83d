import { unmappedAddress } from '../contract/address-text';
import type { LabSocket } from '../contract/events';
import type { SocketRow } from '../contract/socket-table';

/**
 * The longest a closed Lab connection's endpoints are remembered, to name its TIME_WAIT row;
 * they are forgotten sooner, at the first scan whose table no longer lists the connection.
 */
export const REMEMBER_CLOSED_MS = 120_000;

function pairKey(localAddress: string, localPort: number, remoteAddress: string, remotePort: number): string {
  return `${unmappedAddress(localAddress)}|${localPort}|${unmappedAddress(remoteAddress)}|${remotePort}`;
}

/**
 * Finds the Lab's own sockets in the machine's table: a listener by its LISTEN row, a connection
 * by its two endpoints (both ends show, one row each), a UDP socket by the address it is bound to. Rows of this process only, except TIME_WAIT
 * rows, which belong to no process any more and are matched to Lab connections closed lately.
 */
export class LabSocketTags {
  private readonly recentPairs = new Map<string, { socketId: string; seenAt: number }>();
  /** The tagged copy of each scanned row, handed back again while a scan reuses that row. */
  private readonly taggedRows = new WeakMap<SocketRow, SocketRow>();

  constructor(private readonly ownPid: number = process.pid) {}

  /** Rows with labSocketId set where a row is one of `labSockets`; other rows unchanged. */
  tag(rows: readonly SocketRow[], labSockets: readonly LabSocket[], now: number): SocketRow[] {
    const listeners = new Map<string, string>();
    const datagramSockets = new Map<string, string>();
    const livePairs = new Set<string>();
    for (const socket of labSockets) {
      if (!socket.local) continue;
      if (socket.protocol === 'udp') {
        datagramSockets.set(`${unmappedAddress(socket.local.address)}|${socket.local.port}`, socket.socketId);
      } else if (socket.role === 'listener') {
        listeners.set(`${unmappedAddress(socket.local.address)}|${socket.local.port}`, socket.socketId);
      } else if (socket.remote) {
        const key = pairKey(
          socket.local.address,
          socket.local.port,
          socket.remote.address,
          socket.remote.port,
        );
        this.recentPairs.set(key, { socketId: socket.socketId, seenAt: now });
        livePairs.add(key);
      }
    }
    for (const [key, entry] of this.recentPairs) {
      if (now - entry.seenAt > REMEMBER_CLOSED_MS) this.recentPairs.delete(key);
    }
    const listedPairs = new Set<string>();
    const tagged = rows.map((row) => {
      const socketId = row.protocol.startsWith('udp')
        ? row.pid === this.ownPid
          ? datagramSockets.get(`${unmappedAddress(row.localAddress)}|${row.localPort}`)
          : undefined
        : this.labSocketOf(row, listeners, listedPairs);
      return socketId ? this.withTag(row, socketId) : row;
    });
    for (const key of this.recentPairs.keys()) {
      if (!livePairs.has(key) && !listedPairs.has(key)) this.recentPairs.delete(key);
    }
    return tagged;
  }

  /** Looks up every row a Lab connection may have, so that `listedPairs` says which the OS still lists. */
  private labSocketOf(
    row: SocketRow,
    listeners: ReadonlyMap<string, string>,
    listedPairs: Set<string>,
  ): string | undefined {
    if (!row.protocol.startsWith('tcp')) return undefined;
    const mine = row.pid === this.ownPid;
    if (row.state === 'LISTEN') {
      return mine ? listeners.get(`${unmappedAddress(row.localAddress)}|${row.localPort}`) : undefined;
    }
    // Once closed, a connection's rows (FIN_WAIT2, TIME_WAIT, ...) belong to no process.
    if (!mine && row.pid !== undefined) return undefined;
    const key = pairKey(row.localAddress, row.localPort, row.remoteAddress, row.remotePort);
    const entry = this.recentPairs.get(key);
    if (!entry) return undefined;
    listedPairs.add(key);
    return mine || row.state === 'TIME_WAIT' ? entry.socketId : undefined;
  }

  /**
   * The same tagged object for as long as the scanner hands back the same row, so the table's
   * diff sees it unchanged and no copy is made per scan. labSocketId comes first: V8 gives a
   * spread copy with a property added after it a hidden class of its own, one per row.
   */
  private withTag(row: SocketRow, socketId: string): SocketRow {
    const known = this.taggedRows.get(row);
    if (known?.labSocketId === socketId) return known;
    const tagged = { labSocketId: socketId, ...row };
    this.taggedRows.set(row, tagged);
    return tagged;
  }
}
