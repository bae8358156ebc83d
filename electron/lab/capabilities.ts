import type { ProblemKey } from '../contract/problems';
import type { SocketKind } from './lab-socket-handle';
import { LabStateError, UnknownSocketError } from './socket-error';
import type { TcpConnection } from './tcp-connection';
import type { TcpEchoServer } from './tcp-echo-server';
import type { UdpSocket } from './udp-socket';

/** Every socket the Lab holds, told apart by kind. */
export type AnyLabSocket = TcpEchoServer | TcpConnection | UdpSocket;

/** What a command may ask of one socket besides closing it, which every socket can do. */
export type Operation = 'send' | 'halfClose' | 'reset' | 'stopServer';

/**
 * What each kind of socket cannot do, with the problem that tells the user why: the one place
 * that decides. A listener accepts connections but carries no data; UDP has no connection to shut
 * down or reset. stopServer takes the id of a server (or, as it always has, of any UDP socket);
 * to it a TCP connection's id is unknown.
 */
const REFUSALS = {
  send: { 'tcp-listener': 'listenerCarriesNoData' },
  halfClose: { 'tcp-listener': 'listenerCarriesNoData', udp: 'udpNoShutdown' },
  reset: { 'tcp-listener': 'listenerCarriesNoData', udp: 'udpNoReset' },
  stopServer: { 'tcp-connection': 'socketUnknown' },
} as const satisfies Record<Operation, Partial<Record<SocketKind, ProblemKey>>>;

/** The sockets that can do `operation`: every kind that its refusals do not name. */
export type CapableOf<O extends Operation> = Exclude<AnyLabSocket, { kind: keyof (typeof REFUSALS)[O] }>;

/** Throws the problem that keeps `socket` from doing `operation`; returns when it can. */
export function assertCapable<O extends Operation>(
  socket: AnyLabSocket,
  operation: O,
): asserts socket is CapableOf<O> {
  const refusals: Partial<Record<SocketKind, ProblemKey>> = REFUSALS[operation];
  const problem = refusals[socket.kind];
  if (problem === 'socketUnknown') throw new UnknownSocketError(socket.socketId);
  if (problem) throw new LabStateError(socket.socketId, problem);
}
