import type { BytePreview, Endpoint, LabEvent, LabSocket, SocketErrorInfo } from '@contract/events';
import { stepOfEvent, type CallStep } from './call-step';

/** Bytes one socket moved in one go, as the diagram and the client card show them. */
export interface Transfer {
  seq: number;
  bytes: number;
  preview: BytePreview;
  /** recv() slices, for received data. */
  slices?: number[];
  /** How many recv() calls in all, when more than `slices` lists. */
  sliceCount?: number;
  /** UDP: the datagram's other end (sendto's or recvfrom's address). */
  peer?: Endpoint;
}

/** A Lab socket as the renderer tracks it: what the Lab reports, plus what it last did. */
export interface TrackedSocket extends LabSocket {
  /** Order of appearance, so the diagram does not reshuffle. */
  createdSeq: number;
  lastSent?: Transfer;
  lastReceived?: Transfer;
  error?: SocketErrorInfo;
  /** The program calls this socket has made so far, each once, in order. */
  calls: readonly CallStep[];
  /** The call its latest event came from. */
  lastCall?: CallStep;
}

/** Data that arrived at `receiverId`, drawn moving along its connection. */
export interface Packet extends Transfer {
  receiverId: string;
}

export interface LabState {
  sockets: Readonly<Record<string, TrackedSocket>>;
  /** The latest deliveries, oldest first, at most PACKET_LIMIT. */
  packets: readonly Packet[];
}

/** Closed sockets stay drawn (greyed) until "Clear closed"; past this many, the oldest go by themselves. */
export const CLOSED_LIMIT = 50;
export const PACKET_LIMIT = 24;

export const emptyLabState: LabState = { sockets: {}, packets: [] };

/** The state after a batch of events; the input is never modified. */
export function applyEvents(state: LabState, events: readonly LabEvent[]): LabState {
  if (events.length === 0) return state;
  const sockets: Record<string, TrackedSocket> = { ...state.sockets };
  const packets: Packet[] = [];
  for (const event of events) {
    const socket = applyToSocket(sockets[event.socketId], event);
    if (socket) sockets[event.socketId] = withCall(socket, event);
    if (event.type === 'data-received') {
      packets.push({ receiverId: event.socketId, ...receivedTransferOf(event) });
    }
  }
  return {
    sockets: withoutOldestClosed(sockets),
    packets: keepLast(state.packets, packets, PACKET_LIMIT),
  };
}

/** Replaces what the renderer knows with the back end's list of open sockets (after a reconnect). */
export function withOpenSockets(state: LabState, open: readonly LabSocket[]): LabState {
  const sockets: Record<string, TrackedSocket> = {};
  for (const socket of Object.values(state.sockets)) {
    sockets[socket.socketId] = { ...socket, state: 'closed' };
  }
  for (const socket of open) {
    const known = state.sockets[socket.socketId];
    sockets[socket.socketId] = { calls: [], ...known, ...socket, createdSeq: known?.createdSeq ?? 0 };
  }
  return { ...state, sockets };
}

/** Forgets closed sockets (and their packets); the recording keeps their history. */
export function withoutClosed(state: LabState): LabState {
  const sockets = Object.fromEntries(
    Object.entries(state.sockets).filter(([, socket]) => socket.state !== 'closed'),
  );
  return { ...state, sockets, packets: state.packets.filter((packet) => packet.receiverId in sockets) };
}

function withoutOldestClosed(sockets: Record<string, TrackedSocket>): Record<string, TrackedSocket> {
  const closed = Object.values(sockets).filter((socket) => socket.state === 'closed');
  if (closed.length <= CLOSED_LIMIT) return sockets;
  closed.sort((a, b) => a.createdSeq - b.createdSeq);
  const forgotten = new Set(closed.slice(0, closed.length - CLOSED_LIMIT).map((socket) => socket.socketId));
  return Object.fromEntries(Object.entries(sockets).filter(([socketId]) => !forgotten.has(socketId)));
}

function applyToSocket(socket: TrackedSocket | undefined, event: LabEvent): TrackedSocket | undefined {
  if (event.type === 'socket-created') {
    return {
      socketId: event.socketId,
      role: event.role,
      protocol: event.protocol,
      state: 'created',
      ...(event.serverId ? { serverId: event.serverId } : {}),
      recvBufferSize: event.recvBufferSize,
      bytesSent: 0,
      bytesReceived: 0,
      endSent: false,
      endReceived: false,
      createdSeq: event.seq,
      calls: [],
    };
  }
  if (!socket) return undefined;
  switch (event.type) {
    case 'bound':
      // A UDP socket is ready to send and receive once bound: there is nothing to connect.
      return { ...socket, local: event.local, state: socket.protocol === 'udp' ? 'open' : socket.state };
    case 'listening':
      return { ...socket, state: 'listening', local: event.local };
    case 'connecting':
      return { ...socket, state: 'connecting' };
    case 'connected':
    case 'accepted':
      return { ...socket, state: 'open', local: event.local, remote: event.remote };
    case 'data-sent':
      return {
        ...socket,
        bytesSent: socket.bytesSent + event.bytes,
        lastSent: transferOf(event),
        // A UDP client's peer is wherever it sends.
        ...(socket.role === 'client' && event.peer ? { remote: event.peer } : {}),
      };
    case 'data-received':
      return {
        ...socket,
        bytesReceived: socket.bytesReceived + event.bytes,
        lastReceived: receivedTransferOf(event),
      };
    case 'data-summary':
      return event.direction === 'sent'
        ? { ...socket, bytesSent: socket.bytesSent + event.bytes }
        : { ...socket, bytesReceived: socket.bytesReceived + event.bytes };
    case 'data-held':
      return socket;
    case 'end-received':
      return { ...socket, endReceived: true };
    case 'end-sent':
      return { ...socket, endSent: true };
    case 'closed':
      return { ...socket, state: 'closed' };
    case 'error':
      return { ...socket, error: event.error };
  }
}

function withCall(socket: TrackedSocket, event: LabEvent): TrackedSocket {
  const call = stepOfEvent(event, socket.role);
  if (!call) return socket;
  const calls = socket.calls.includes(call) ? socket.calls : [...socket.calls, call];
  return { ...socket, calls, lastCall: call };
}

function transferOf(event: { seq: number; bytes: number; preview: BytePreview; peer?: Endpoint }): Transfer {
  return {
    seq: event.seq,
    bytes: event.bytes,
    preview: event.preview,
    ...(event.peer ? { peer: event.peer } : {}),
  };
}

function receivedTransferOf(event: Extract<LabEvent, { type: 'data-received' }>): Transfer {
  const { slices, sliceCount } = event;
  return { ...transferOf(event), slices, ...(sliceCount === undefined ? {} : { sliceCount }) };
}

function keepLast<T>(previous: readonly T[], added: readonly T[], limit: number): readonly T[] {
  if (added.length === 0) return previous;
  const combined = [...previous, ...added];
  return combined.length > limit ? combined.slice(combined.length - limit) : combined;
}
