import type { TFunction } from 'i18next';
import type { TrackedSocket } from './lab-state';

/** The diagram node's element id, so that other views can move the focus to it. */
export function socketNodeId(socketId: string): string {
  return `socket-node-${socketId}`;
}

/** What the diagram calls a socket: its role, and for UDP that it is a UDP socket. */
export function socketRoleName(t: TFunction, socket: Pick<TrackedSocket, 'role' | 'protocol'>): string {
  if (socket.protocol === 'udp')
    return t(socket.role === 'client' ? 'socket.udpClient' : 'socket.udpListener');
  return t(`socket.${socket.role}`);
}
