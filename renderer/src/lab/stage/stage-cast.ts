import type { Endpoint } from '@contract/events';
import { layoutDiagram, udpServerOf } from '../diagram-layout';
import { reachableEndpoint, sameEndpoint } from '../endpoint-text';
import type { LabState, TrackedSocket } from '../lab-state';

/** A socket's part on the stage: its row, its host, and the Lab socket at the other end. */
export interface CastMember {
  socketId: string;
  protocol: 'tcp' | 'udp';
  /** Host A holds the server's sockets, host B the clients. */
  host: 'A' | 'B';
  /** The row its connection (or, for a UDP client, its datagrams) is drawn in; none for a UDP server. */
  row: string | undefined;
  peerId: string | undefined;
  local: Endpoint | undefined;
  recvBufferSize: number;
}

/** Who plays where on the stage, read from the diagram's rows. */
export interface StageCast {
  member(socketId: string): CastMember | undefined;
  /** The UDP client bound at `endpoint`: a UDP server's datagram goes to, or comes from, its row. */
  udpClientAt(endpoint: Endpoint | undefined): CastMember | undefined;
}

export function castOf(lab: LabState): StageCast {
  const rows = layoutDiagram(lab.sockets);
  const members = new Map<string, CastMember>();
  const add = (socket: TrackedSocket, row: string | undefined, peer: TrackedSocket | undefined) =>
    members.set(socket.socketId, {
      socketId: socket.socketId,
      protocol: socket.protocol,
      host: socket.role === 'client' ? 'B' : 'A',
      row,
      peerId: peer?.socketId,
      local: socket.local,
      recvBufferSize: socket.recvBufferSize,
    });
  for (const row of rows) {
    if (row.kind === 'listener') {
      if (row.listener.protocol === 'udp') add(row.listener, undefined, undefined);
      continue;
    }
    const { client, accepted } = row;
    const udpServer = client?.protocol === 'udp' ? udpServerOf(client, rows) : undefined;
    if (client) add(client, row.key, accepted ?? udpServer);
    if (accepted) add(accepted, row.key, client);
  }
  const udpClients = [...members.values()].filter(
    (member) => member.protocol === 'udp' && member.host === 'B',
  );
  return {
    member: (socketId) => members.get(socketId),
    udpClientAt: (endpoint) => udpClients.find((client) => reaches(client.local, endpoint)),
  };
}

/** A client bound to the wildcard address (as the Lab's UDP clients are) is reached on loopback. */
function reaches(local: Endpoint | undefined, endpoint: Endpoint | undefined): boolean {
  return (
    local !== undefined && (sameEndpoint(local, endpoint) || sameEndpoint(reachableEndpoint(local), endpoint))
  );
}
