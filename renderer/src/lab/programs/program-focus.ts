import type { LabEvent } from '@contract/events';
import { layoutDiagram, peersOf } from '../diagram-layout';
import { reachableEndpoint } from '../endpoint-text';
import type { LabState, TrackedSocket } from '../lab-state';
import { LESSON_SETTINGS, type ProgramSettings } from './program-settings';

/** The sockets whose programs the code panel shows: one conversation, the one last acted on. */
export interface ProgramFocus {
  listener?: TrackedSocket;
  /** The server's socket in this conversation: the accepted one (TCP) or the listener itself (UDP). */
  serverSocket?: TrackedSocket;
  client?: TrackedSocket;
}

/**
 * The conversation of the selected socket or, without a selection, of the socket behind the
 * latest event: a send from client-1 shows client-1 and the socket the server accepted for it.
 */
export function programFocus(lab: LabState, log: readonly LabEvent[], selectedId?: string): ProgramFocus {
  const acted = (selectedId && lab.sockets[selectedId]) || latestSocketOf(lab, log);
  const all = Object.values(lab.sockets).sort((a, b) => a.createdSeq - b.createdSeq);
  const lastListener = all.findLast((socket) => socket.role === 'listener');
  const lastClient = all.findLast((socket) => socket.role === 'client');
  const peers = peersOf(layoutDiagram(lab.sockets));
  const peerOf = (socket: TrackedSocket | undefined) => {
    const peerId = socket && peers.get(socket.socketId);
    return peerId ? lab.sockets[peerId] : undefined;
  };
  const listenerOf = (socket: TrackedSocket | undefined) =>
    socket?.role === 'accepted' ? lab.sockets[socket.serverId ?? ''] : socket;

  if (acted?.role === 'client') {
    const serverSocket = peerOf(acted);
    return withDefined({ listener: listenerOf(serverSocket) ?? lastListener, serverSocket, client: acted });
  }
  if (acted?.role === 'accepted') {
    return withDefined({ listener: listenerOf(acted), serverSocket: acted, client: peerOf(acted) });
  }
  const listener = acted ?? lastListener;
  const serverSocket = peerOf(lastClient);
  return withDefined({
    listener,
    ...(listenerOf(serverSocket) === listener ? { serverSocket } : {}),
    client: lastClient,
  });
}

/** The settings the focused sockets really run with; the lesson's where no socket tells. */
export function settingsOf({ listener, client }: ProgramFocus): ProgramSettings {
  const server = listener?.local ? reachableEndpoint(listener.local) : client?.remote;
  return {
    protocol: listener?.protocol ?? client?.protocol ?? LESSON_SETTINGS.protocol,
    host: server?.address ?? LESSON_SETTINGS.host,
    port: server?.port ?? LESSON_SETTINGS.port,
    serverBuffer: listener?.recvBufferSize ?? client?.recvBufferSize ?? LESSON_SETTINGS.serverBuffer,
    clientBuffer: client?.recvBufferSize ?? listener?.recvBufferSize ?? LESSON_SETTINGS.clientBuffer,
    message: client?.lastSent?.preview ?? LESSON_SETTINGS.message,
  };
}

function latestSocketOf(lab: LabState, log: readonly LabEvent[]): TrackedSocket | undefined {
  for (let index = log.length - 1; index >= 0; index -= 1) {
    const socket = lab.sockets[log[index]?.socketId ?? ''];
    if (socket) return socket;
  }
  return undefined;
}

function withDefined(focus: Partial<Record<keyof ProgramFocus, TrackedSocket>>): ProgramFocus {
  return Object.fromEntries(Object.entries(focus).filter(([, socket]) => socket)) as ProgramFocus;
}
