import { sameEndpoint } from './endpoint-text';
import type { TrackedSocket } from './lab-state';

/**
 * One row of the two-host diagram: host A's socket on the left, host B's on the right, and the
 * connection between them when both ends belong to the Lab.
 */
export type DiagramRow = { key: string } & (
  | { kind: 'listener'; listener: TrackedSocket }
  | { kind: 'connection'; accepted?: TrackedSocket; client?: TrackedSocket }
);

/**
 * Listening sockets first, then one row per connection, in order of appearance. An accepted
 * socket is paired with the client whose local address is its remote one (and vice versa), which
 * is exactly how TCP names the two ends of a connection.
 */
export function layoutDiagram(sockets: Readonly<Record<string, TrackedSocket>>): DiagramRow[] {
  const all = Object.values(sockets).sort((a, b) => a.createdSeq - b.createdSeq);
  const listeners = all.filter((socket) => socket.role === 'listener');
  const accepted = all.filter((socket) => socket.role === 'accepted');
  const clients = all.filter((socket) => socket.role === 'client');
  const paired = new Set<string>();

  const rows: DiagramRow[] = listeners.map((listener) => ({
    key: listener.socketId,
    kind: 'listener',
    listener,
  }));
  for (const client of clients) {
    const peer = accepted.find(
      (socket) =>
        !paired.has(socket.socketId) &&
        sameEndpoint(socket.remote, client.local) &&
        sameEndpoint(socket.local, client.remote),
    );
    if (peer) paired.add(peer.socketId);
    rows.push({ key: client.socketId, kind: 'connection', client, ...(peer ? { accepted: peer } : {}) });
  }
  for (const socket of accepted) {
    if (!paired.has(socket.socketId))
      rows.push({ key: socket.socketId, kind: 'connection', accepted: socket });
  }
  return rows;
}

/** The Lab's UDP server a UDP client sends to, if it is one of the Lab's. */
export function udpServerOf(client: TrackedSocket, rows: readonly DiagramRow[]): TrackedSocket | undefined {
  for (const row of rows) {
    if (row.kind !== 'listener' || row.listener.protocol !== 'udp' || !row.listener.local) continue;
    if (client.remote?.port === row.listener.local.port) return row.listener;
  }
  return undefined;
}

/** For each socket that carries data, the Lab socket at the other end, where the Lab has it. */
export function peersOf(rows: readonly DiagramRow[]): Map<string, string> {
  const peers = new Map<string, string>();
  for (const row of rows) {
    if (row.kind !== 'connection' || !row.client) continue;
    const other = row.accepted ?? (row.client.protocol === 'udp' ? udpServerOf(row.client, rows) : undefined);
    if (!other) continue;
    peers.set(row.client.socketId, other.socketId);
    if (other.role === 'accepted') peers.set(other.socketId, row.client.socketId);
  }
  return peers;
}
