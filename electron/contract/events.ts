/** Every event the back end streams: what a socket did, numbered and timed. */

export type Protocol = 'tcp' | 'udp';
export type Family = 'IPv4' | 'IPv6';

/** A socket's address as the OS reports it. */
export interface Endpoint {
  address: string;
  port: number;
  family: Family;
}

/** listener: a server's listening socket; accepted: what accept() returned; client: a connecting socket. */
export type SocketRole = 'listener' | 'accepted' | 'client';

/** A bounded look at some bytes: printable text with escapes for the rest, and hex. */
export interface BytePreview {
  text: string;
  hex: string;
  /** True when the bytes were longer than the preview. */
  truncated: boolean;
}

interface EventBase {
  /** Increases by one for every event the back end emits. */
  seq: number;
  /** Milliseconds since the Unix epoch, with sub-millisecond precision. */
  at: number;
  socketId: string;
}

export type LabEvent =
  | (EventBase & {
      type: 'socket-created';
      role: SocketRole;
      protocol: Protocol;
      /** For accepted sockets: the listener that accepted them. */
      serverId?: string;
      recvBufferSize: number;
    })
  | (EventBase & { type: 'bound'; local: Endpoint })
  | (EventBase & { type: 'listening'; local: Endpoint })
  | (EventBase & { type: 'connecting'; host: string; port: number })
  | (EventBase & { type: 'connected'; local: Endpoint; remote: Endpoint })
  | (EventBase & { type: 'accepted'; serverId: string; local: Endpoint; remote: Endpoint })
  | (EventBase & {
      type: 'data-sent';
      bytes: number;
      preview: BytePreview;
      /** UDP: where the datagram went (sendto's address). */
      peer?: Endpoint;
      /** In step mode: the held write this send released. */
      holdId?: number;
    })
  | (EventBase & {
      /** Step mode: a write that waits for the user before its bytes go out. */
      type: 'data-held';
      holdId: number;
      bytes: number;
      preview: BytePreview;
    })
  | (EventBase & {
      type: 'data-received';
      bytes: number;
      /** How recv(bufferSize) calls would split this chunk: each at most the buffer size. */
      slices: number[];
      /** How many recv() calls in all, when there are more than `slices` lists. */
      sliceCount?: number;
      preview: BytePreview;
      /** UDP: who sent the datagram (recvfrom's address). */
      peer?: Endpoint;
      /** UDP: bytes of the datagram past the receive buffer, which recvfrom() threw away. */
      discarded?: number;
    })
  | (EventBase & {
      /** Data events the stream merged to stay bounded; byte counts stay exact. */
      type: 'data-summary';
      direction: 'sent' | 'received';
      bytes: number;
      chunks: number;
    })
  | (EventBase & { type: 'end-received' })
  | (EventBase & { type: 'end-sent' })
  | (EventBase & { type: 'closed'; hadError: boolean })
  | (EventBase & { type: 'error'; error: SocketErrorInfo });

export type LabEventType = LabEvent['type'];

/** A failed system call, as Node reports it. */
export interface SocketErrorInfo {
  /** The errno name, e.g. EADDRINUSE; "UNKNOWN" when Node gave none. */
  code: string;
  syscall?: string;
  address?: string;
  port?: number;
  message: string;
  /** For EADDRINUSE: the program the socket table says holds the port, when it can tell. */
  heldBy?: { pid: number; program: string };
  /**
   * For EADDRINUSE: nothing listens there, but a connection that just closed still holds the port
   * in TIME_WAIT (the OS frees it within a minute).
   */
  timeWait?: true;
}

/** A socket as the Lab knows it now: enough to draw it when a view opens mid-session. */
export interface LabSocket {
  socketId: string;
  role: SocketRole;
  protocol: Protocol;
  state: SocketState;
  serverId?: string;
  local?: Endpoint;
  remote?: Endpoint;
  recvBufferSize: number;
  bytesSent: number;
  bytesReceived: number;
  /** This side has called end() (shutdown for writing). */
  endSent: boolean;
  /** The peer has ended its side: recv() would return nothing now. */
  endReceived: boolean;
}

export type SocketState = 'created' | 'connecting' | 'listening' | 'open' | 'closed';
