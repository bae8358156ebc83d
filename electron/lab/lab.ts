import { isIPv6, Socket } from 'node:net';
import type { Endpoint, LabSocket, Protocol } from '../contract/events';
import type { StepMode, StepModeState } from '../contract/step-mode';
import { assertCapable, type AnyLabSocket } from './capabilities';
import type { UnstampedEvent } from './event-stamper';
import type { SocketKind } from './lab-socket-handle';
import { labSocketBudget } from './socket-budget';
import { LabStateError, UnknownSocketError } from './socket-error';
import { StepGate } from './step-gate';
import { TcpConnection } from './tcp-connection';
import { TcpEchoServer } from './tcp-echo-server';
import { UdpSocket } from './udp-socket';

/** The most bytes step mode holds for the user's own sends, so that waiting never eats memory. */
export const MAX_HELD_SEND_BYTES = 32 * 1024 * 1024;

export interface SocketRequest {
  protocol: Protocol;
  host: string;
  port: number;
  recvBufferSize: number;
}

/** Listeners first, then TCP connections, then UDP sockets, each in the order they opened. */
const LISTING_ORDER: Record<SocketKind, number> = { 'tcp-listener': 0, 'tcp-connection': 1, udp: 2 };

/**
 * The echo lab: every server and client the user opened, keyed by stable ids
 * (server-N, client-N, and conn-N for what a server accepted). Closed sockets are forgotten.
 */
export class Lab {
  private readonly sockets = new Map<string, AnyLabSocket>();
  private readonly counters = { server: 0, client: 0, conn: 0 };
  private readonly gate: StepGate;

  constructor(
    private readonly emit: (event: UnstampedEvent) => void,
    onStepModeChange: (state: StepModeState) => void = () => undefined,
    /** The most sockets open at once (see socket-budget.ts); tests make it small. */
    private readonly socketBudget = labSocketBudget(),
  ) {
    this.gate = new StepGate(onStepModeChange);
  }

  /**
   * An echo server. TCP: socket, bind, listen, then every client accepted on a socket of its own.
   * UDP: socket and bind, then it answers each datagram; no listen, no accept.
   */
  async startServer({ protocol, host, port, recvBufferSize }: SocketRequest): Promise<{
    serverId: string;
    local: Endpoint;
  }> {
    this.assertRoomFor('server');
    const socketId = this.nextId('server');
    const { emit, gate } = this;
    const server =
      protocol === 'udp'
        ? new UdpSocket({ socketId, role: 'listener', host, port, recvBufferSize, echo: true, emit, gate })
        : new TcpEchoServer({
            socketId,
            host,
            port,
            recvBufferSize,
            emit,
            adopt: (socket) => this.adoptAccepted(socket, socketId, recvBufferSize),
          });
    const local = await server.open();
    this.track(server);
    return { serverId: socketId, local };
  }

  /**
   * A client of host:port. TCP: it connects, and can be closed while connect() still waits. UDP:
   * bound to a free port of its own, it sends datagrams to host:port and takes whatever comes
   * back; nothing is exchanged until it sends, as UDP has no connection to make.
   */
  async connectClient({ protocol, host, port, recvBufferSize }: SocketRequest): Promise<{
    clientId: string;
    local: Endpoint;
    remote: Endpoint;
  }> {
    this.assertRoomFor('client');
    const clientId = this.nextId('client');
    const { emit, gate } = this;
    if (protocol === 'tcp') {
      const client = this.track(
        new TcpConnection(new Socket({ allowHalfOpen: true }), {
          socketId: clientId,
          role: 'client',
          recvBufferSize,
          echo: false,
          emit,
          gate,
        }),
      );
      return { clientId, ...(await client.connect(host, port)) };
    }
    const family = isIPv6(host) ? 'IPv6' : 'IPv4';
    const client = new UdpSocket({
      socketId: clientId,
      role: 'client',
      host: family === 'IPv6' ? '::' : '0.0.0.0',
      port: 0,
      recvBufferSize,
      echo: false,
      peer: { host, port },
      emit,
      gate,
    });
    const local = await client.open();
    this.track(client);
    return { clientId, local, remote: { address: host, port, family } };
  }

  async stopServer(serverId: string): Promise<number> {
    const server = this.find(serverId);
    assertCapable(server, 'stopServer');
    return this.close(server);
  }

  /**
   * Sends the bytes `times` times, back to back: over TCP each is one write, and the receiver
   * may get them merged or split; over UDP each is one datagram, delivered whole.
   */
  async send(socketId: string, bytes: Uint8Array, times = 1): Promise<number> {
    const socket = this.find(socketId);
    assertCapable(socket, 'send');
    if (this.gate.holding && this.gate.totalHeldBytes + bytes.length * times > MAX_HELD_SEND_BYTES) {
      throw new LabStateError(socketId, 'stepModeFull', { bytes: this.gate.totalHeldBytes });
    }
    await socket.send(bytes, times);
    return bytes.length * times;
  }

  halfClose(socketId: string): void {
    const socket = this.find(socketId);
    assertCapable(socket, 'halfClose');
    socket.halfClose();
  }

  /** Resets a TCP connection (RST): the other end learns of it as ECONNRESET. */
  async resetSocket(socketId: string): Promise<void> {
    const socket = this.find(socketId);
    assertCapable(socket, 'reset');
    await socket.reset();
  }

  /** Closes a client or accepted socket; for a server's id, stops that server. */
  async closeSocket(socketId: string): Promise<void> {
    await this.close(this.find(socketId));
  }

  /** Step mode: off, paused (each write waits for stepNext) or playing (one write per interval). */
  setStepMode(mode: StepMode, intervalMs?: number): StepModeState {
    return this.gate.setMode(mode, intervalMs);
  }

  /** Releases the oldest held write; false when none was waiting. */
  stepNext(): boolean {
    return this.gate.next();
  }

  stepModeState(): StepModeState {
    return this.gate.state();
  }

  describe(): LabSocket[] {
    return [...this.sockets.values()]
      .sort((a, b) => LISTING_ORDER[a.kind] - LISTING_ORDER[b.kind])
      .map((socket) => socket.describe());
  }

  /** Closes every socket the Lab opened, servers first so that nothing new is accepted. */
  async closeAll(): Promise<void> {
    this.gate.stop();
    const listeners = [...this.sockets.values()].filter((socket) => socket.kind === 'tcp-listener');
    await Promise.all(listeners.map((listener) => this.close(listener)));
    await Promise.all([...this.sockets.values()].map((socket) => this.close(socket)));
  }

  /** Closes a socket; resolves with how many sockets closed (a listener's accepted ones too). */
  private close(socket: AnyLabSocket): Promise<number> {
    // A listener is forgotten as soon as it begins to stop, so that a second stop finds nothing to
    // stop; every other socket once it has closed (see track).
    if (socket.kind === 'tcp-listener') this.sockets.delete(socket.socketId);
    return socket.close();
  }

  private adoptAccepted(socket: Socket, serverId: string, recvBufferSize: number): TcpConnection | undefined {
    if (this.sockets.size >= this.socketBudget) return undefined;
    return this.track(
      new TcpConnection(socket, {
        socketId: this.nextId('conn'),
        role: 'accepted',
        serverId,
        recvBufferSize,
        echo: true,
        emit: this.emit,
        gate: this.gate,
      }),
    );
  }

  /** Past the budget a new socket is refused before it is made, and nothing already open is touched. */
  private assertRoomFor(kind: 'server' | 'client'): void {
    if (this.sockets.size < this.socketBudget) return;
    throw new LabStateError(`${kind}-${this.counters[kind] + 1}`, 'labSocketsFull', {
      max: this.socketBudget,
    });
  }

  private track<S extends AnyLabSocket>(socket: S): S {
    this.sockets.set(socket.socketId, socket);
    void socket.closed.then(() => this.sockets.delete(socket.socketId));
    return socket;
  }

  private find(socketId: string): AnyLabSocket {
    const socket = this.sockets.get(socketId);
    if (!socket) throw new UnknownSocketError(socketId);
    return socket;
  }

  private nextId(kind: keyof Lab['counters']): string {
    this.counters[kind] += 1;
    return `${kind}-${this.counters[kind]}`;
  }
}
