import type { Endpoint, LabSocket, Protocol, SocketRole, SocketState } from '../contract/events';
import type { SocketEventBody, UnstampedEvent } from './event-stamper';

/** The kinds of socket the Lab opens; what each kind may be asked to do is in capabilities.ts. */
export type SocketKind = 'tcp-listener' | 'tcp-connection' | 'udp';

/** Who a socket is, as its socket-created event announces it. */
export interface SocketIdentity {
  socketId: string;
  role: SocketRole;
  protocol: Protocol;
  /** For accepted sockets: the listener that accepted them. */
  serverId?: string;
  recvBufferSize: number;
}

/**
 * What every Lab socket is to the Lab, whatever its kind: an id, a description of its state and
 * traffic, and a way to close it. Each announces itself with socket-created as it is made, as
 * socket() would, and speaks for itself in every event after that.
 */
export abstract class LabSocketHandle {
  abstract readonly kind: SocketKind;
  /** Settles when the socket has closed, whatever the reason. */
  abstract readonly closed: Promise<void>;
  readonly socketId: string;
  protected state: SocketState = 'created';
  protected local: Endpoint | undefined;
  protected remote: Endpoint | undefined;
  protected bytesSent = 0;
  protected bytesReceived = 0;
  protected endSent = false;
  protected endReceived = false;

  protected constructor(
    private readonly identity: SocketIdentity,
    private readonly sink: (event: UnstampedEvent) => void,
  ) {
    this.socketId = identity.socketId;
    const { role, protocol, serverId, recvBufferSize } = identity;
    this.emit({
      type: 'socket-created',
      role,
      protocol,
      ...(serverId === undefined ? {} : { serverId }),
      recvBufferSize,
    });
  }

  /** Closes the socket (a listener: with every socket it accepted); resolves with how many closed. */
  abstract close(): Promise<number>;

  describe(): LabSocket {
    const { role, protocol, serverId, recvBufferSize } = this.identity;
    return {
      socketId: this.socketId,
      role,
      protocol,
      state: this.state,
      ...(serverId === undefined ? {} : { serverId }),
      ...(this.local ? { local: this.local } : {}),
      ...(this.remote ? { remote: this.remote } : {}),
      recvBufferSize,
      bytesSent: this.bytesSent,
      bytesReceived: this.bytesReceived,
      endSent: this.endSent,
      endReceived: this.endReceived,
    };
  }

  protected emit(event: SocketEventBody): void {
    this.sink({ ...event, socketId: this.socketId } as UnstampedEvent);
  }
}
