import { isIPv6, Socket } from 'node:net';
import type { Endpoint, LabSocket } from '../contract/events';
import type { StepMode, StepModeState } from '../contract/step-mode';
import type { UnstampedEvent } from './event-stamper';
import { LabSocketError, LabStateError, toSocketErrorInfo } from './socket-error';
import { StepGate } from './step-gate';
import { TcpConnection } from './tcp-connection';
import { TcpEchoServer } from './tcp-echo-server';
import { UdpSocket } from './udp-socket';

/** How long a client waits for connect() before giving up with ETIMEDOUT. */
export const CONNECT_TIMEOUT_MS = 10_000;

/** The most bytes step mode holds for the user's own sends, so that waiting never eats memory. */
export const MAX_HELD_SEND_BYTES = 32 * 1024 * 1024;

export interface EndpointRequest {
  host: string;
  port: number;
  recvBufferSize: number;
}

/** Thrown for an id the Lab never gave out or has already closed and forgotten. */
export class UnknownSocketError extends LabStateError {
  constructor(socketId: string) {
    super(socketId, 'socketUnknown');
    this.name = 'UnknownSocketError';
  }
}

/**
 * The echo lab: every server and client the user opened, keyed by stable ids
 * (server-N, client-N, and conn-N for what a server accepted). Closed sockets are forgotten.
 */
export class Lab {
  private readonly servers = new Map<string, TcpEchoServer>();
  private readonly connections = new Map<string, TcpConnection>();
  private readonly datagramSockets = new Map<string, UdpSocket>();
  private readonly counters = { server: 0, client: 0, conn: 0 };
  private readonly gate: StepGate;

  constructor(
    private readonly emit: (event: UnstampedEvent) => void,
    onStepModeChange: (state: StepModeState) => void = () => undefined,
  ) {
    this.gate = new StepGate(onStepModeChange);
  }

  async startServer(request: EndpointRequest): Promise<{ serverId: string; local: Endpoint }> {
    const serverId = this.nextId('server');
    const server = new TcpEchoServer({
      serverId,
      ...request,
      emit: this.emit,
      adopt: (socket, acceptingId) => this.adoptAccepted(socket, acceptingId, request.recvBufferSize),
    });
    const local = await server.start();
    this.servers.set(serverId, server);
    return { serverId, local };
  }

  /** A UDP echo server: socket() and bind(), then it answers each datagram; no listen, no accept. */
  async startUdpServer(request: EndpointRequest): Promise<{ serverId: string; local: Endpoint }> {
    const serverId = this.nextId('server');
    const socket = new UdpSocket({
      socketId: serverId,
      role: 'listener',
      ...request,
      echo: true,
      emit: this.emit,
      gate: this.gate,
    });
    const local = await socket.bind();
    this.trackDatagrams(socket);
    return { serverId, local };
  }

  /**
   * A UDP client: bound to a free port of its own, it sends datagrams to host:port and takes
   * whatever comes back. Nothing is exchanged until it sends: UDP has no connection to make.
   */
  async openUdpClient(
    request: EndpointRequest,
  ): Promise<{ clientId: string; local: Endpoint; remote: Endpoint }> {
    const clientId = this.nextId('client');
    const { host, port, recvBufferSize } = request;
    const family = isIPv6(host) ? 'IPv6' : 'IPv4';
    const socket = new UdpSocket({
      socketId: clientId,
      role: 'client',
      host: family === 'IPv6' ? '::' : '0.0.0.0',
      port: 0,
      recvBufferSize,
      echo: false,
      peer: { host, port },
      emit: this.emit,
      gate: this.gate,
    });
    const local = await socket.bind();
    this.trackDatagrams(socket);
    return { clientId, local, remote: { address: host, port, family } };
  }

  async stopServer(serverId: string): Promise<number> {
    const datagrams = this.datagramSockets.get(serverId);
    if (datagrams) {
      await datagrams.close();
      return 1;
    }
    const server = this.servers.get(serverId);
    if (!server) throw new UnknownSocketError(serverId);
    this.servers.delete(serverId);
    return server.stop();
  }

  connectClient(request: EndpointRequest): Promise<{ clientId: string; local: Endpoint; remote: Endpoint }> {
    const clientId = this.nextId('client');
    const { host, port, recvBufferSize } = request;
    this.emit({
      type: 'socket-created',
      socketId: clientId,
      role: 'client',
      protocol: 'tcp',
      recvBufferSize,
    });
    const socket = new Socket({ allowHalfOpen: true });
    const connection = this.track(
      new TcpConnection(socket, {
        socketId: clientId,
        role: 'client',
        recvBufferSize,
        echo: false,
        emit: this.emit,
        gate: this.gate,
      }),
    );
    this.emit({ type: 'connecting', socketId: clientId, host, port });
    return new Promise((resolve, reject) => {
      const onConnectError = (error: Error) => reject(new LabSocketError(clientId, toSocketErrorInfo(error)));
      // Closed by the user while connect() was still waiting: no error event comes, only close.
      const onClosedBeforeConnect = () =>
        reject(
          new LabSocketError(clientId, {
            code: 'ECONNABORTED',
            syscall: 'connect',
            address: host,
            port,
            message: `${clientId} was closed before its connection to ${host}:${port} was made.`,
          }),
        );
      socket.once('error', onConnectError);
      socket.once('close', onClosedBeforeConnect);
      socket.setTimeout(CONNECT_TIMEOUT_MS, () => {
        const timeout = Object.assign(new Error(`connect ETIMEDOUT ${host}:${port}`), {
          code: 'ETIMEDOUT',
          syscall: 'connect',
          address: host,
          port,
        });
        socket.destroy(timeout);
      });
      socket.connect({ host, port }, () => {
        socket.off('error', onConnectError);
        socket.off('close', onClosedBeforeConnect);
        socket.setTimeout(0);
        const { local, remote } = connection.markConnected();
        this.emit({ type: 'connected', socketId: clientId, local, remote });
        resolve({ clientId, local, remote });
      });
    });
  }

  /**
   * Sends the bytes `times` times, back to back: over TCP each is one write, and the receiver
   * may get them merged or split; over UDP each is one datagram, delivered whole.
   */
  async send(socketId: string, bytes: Uint8Array, times = 1): Promise<number> {
    const datagrams = this.datagramSockets.get(socketId);
    const connection = datagrams ? undefined : this.connection(socketId);
    if (this.gate.holding && this.gate.totalHeldBytes + bytes.length * times > MAX_HELD_SEND_BYTES) {
      throw new LabStateError(socketId, 'stepModeFull', { bytes: this.gate.totalHeldBytes });
    }
    for (let i = 0; i < times; i += 1) {
      if (datagrams) await datagrams.send(bytes);
      else connection?.send(bytes);
    }
    return bytes.length * times;
  }

  halfClose(socketId: string): void {
    if (this.datagramSockets.has(socketId)) {
      throw new LabStateError(socketId, 'udpNoShutdown');
    }
    this.connection(socketId).halfClose();
  }

  /** Resets a TCP connection (RST): the other end learns of it as ECONNRESET. */
  async resetSocket(socketId: string): Promise<void> {
    if (this.datagramSockets.has(socketId)) {
      throw new LabStateError(socketId, 'udpNoReset');
    }
    await this.connection(socketId).reset();
  }

  /** Closes a client or accepted socket; for a server's id, stops that server. */
  async closeSocket(socketId: string): Promise<void> {
    if (this.servers.has(socketId) || this.datagramSockets.has(socketId)) {
      await this.stopServer(socketId);
      return;
    }
    await this.connection(socketId).close();
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
    return [
      ...[...this.servers.values()].map((server) => server.describe()),
      ...[...this.connections.values()].map((connection) => connection.describe()),
      ...[...this.datagramSockets.values()].map((socket) => socket.describe()),
    ];
  }

  /** Closes every socket the Lab opened, servers first so that nothing new is accepted. */
  async closeAll(): Promise<void> {
    this.gate.stop();
    await Promise.all([...this.servers.keys()].map((serverId) => this.stopServer(serverId)));
    await Promise.all([
      ...[...this.connections.values()].map((connection) => connection.close()),
      ...[...this.datagramSockets.values()].map((socket) => socket.close()),
    ]);
  }

  private trackDatagrams(socket: UdpSocket): void {
    this.datagramSockets.set(socket.socketId, socket);
    void socket.closed.then(() => this.datagramSockets.delete(socket.socketId));
  }

  private adoptAccepted(socket: Socket, serverId: string, recvBufferSize: number): TcpConnection {
    const socketId = this.nextId('conn');
    this.emit({
      type: 'socket-created',
      socketId,
      role: 'accepted',
      protocol: 'tcp',
      serverId,
      recvBufferSize,
    });
    const connection = this.track(
      new TcpConnection(socket, {
        socketId,
        role: 'accepted',
        serverId,
        recvBufferSize,
        echo: true,
        emit: this.emit,
        gate: this.gate,
      }),
    );
    const { local, remote } = connection.describe();
    if (local && remote) this.emit({ type: 'accepted', socketId, serverId, local, remote });
    return connection;
  }

  private track(connection: TcpConnection): TcpConnection {
    this.connections.set(connection.socketId, connection);
    void connection.closed.then(() => this.connections.delete(connection.socketId));
    return connection;
  }

  private connection(socketId: string): TcpConnection {
    const connection = this.connections.get(socketId);
    if (connection) return connection;
    if (this.servers.has(socketId)) {
      throw new LabStateError(socketId, 'listenerCarriesNoData');
    }
    throw new UnknownSocketError(socketId);
  }

  private nextId(kind: keyof Lab['counters']): string {
    this.counters[kind] += 1;
    return `${kind}-${this.counters[kind]}`;
  }
}
