import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import type { BytePreview, Endpoint, SocketRole } from '../contract/events';
import { makePreview } from './byte-preview';
import type { UnstampedEvent } from './event-stamper';
import { fromAddressInfo, toEndpoint } from './endpoint';
import { LabSocketHandle } from './lab-socket-handle';
import { LabSocketError, LabStateError, toSocketErrorInfo } from './socket-error';
import type { StepGate } from './step-gate';

/**
 * In step mode a UDP server cannot stop its peers from sending, so past this many held echoes
 * it drops datagrams, as a full receive buffer would.
 */
export const MAX_HELD_DATAGRAMS = 64;

export interface UdpSocketOptions {
  socketId: string;
  role: Extract<SocketRole, 'listener' | 'client'>;
  /** The address to bind; a client binds the wildcard of its peer's family, port 0. */
  host: string;
  port: number;
  recvBufferSize: number;
  /** A server sends every datagram straight back to whoever sent it. */
  echo: boolean;
  /** Where a client's datagrams go. */
  peer?: { host: string; port: number };
  emit: (event: UnstampedEvent) => void;
  /** Step mode: holds each datagram until the user releases it. */
  gate: StepGate;
}

/**
 * One UDP socket of the Lab: socket(), bind(), then sendto()/recvfrom(): no listen, no accept,
 * no connection. Each datagram arrives whole (or not at all), with its sender's address.
 */
export class UdpSocket extends LabSocketHandle {
  override readonly kind = 'udp';
  override readonly closed: Promise<void>;
  private readonly socket: Socket;
  /** Set when step mode dropped a datagram, so that the drop is reported once, not per datagram. */
  private droppingHeld = false;

  constructor(private readonly options: UdpSocketOptions) {
    const { socketId, role, recvBufferSize, emit, peer } = options;
    super({ socketId, role, protocol: 'udp', recvBufferSize }, emit);
    const family = isIPv6(options.host) || (peer && isIPv6(peer.host)) ? 'udp6' : 'udp4';
    this.socket = createSocket(family);
    this.remote = peer && toEndpoint(peer.host, peer.port, isIPv6(peer.host) ? 'IPv6' : 'IPv4');
    this.closed = new Promise((resolve) => this.socket.once('close', () => resolve()));
    this.socket.on('message', (message, from) => this.onMessage(message, from));
    this.socket.on('close', () => {
      this.state = 'closed';
      options.gate.discard(this.socketId);
      this.emit({ type: 'closed', hadError: false });
    });
  }

  /** bind(): the OS gives the socket its address (and, for port 0, a free port). */
  open(): Promise<Endpoint> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => {
        const info = toSocketErrorInfo(error);
        this.emit({ type: 'error', error: info });
        this.socket.close();
        reject(new LabSocketError(this.socketId, info));
      };
      this.socket.once('error', onError);
      this.socket.bind({ address: this.options.host, port: this.options.port }, () => {
        this.socket.off('error', onError);
        this.socket.on('error', (error) => this.emit({ type: 'error', error: toSocketErrorInfo(error) }));
        this.state = 'open';
        this.local = fromAddressInfo(this.socket.address()) as Endpoint;
        this.emit({ type: 'bound', local: this.local });
        resolve(this.local);
      });
    });
  }

  /**
   * sendto(), `times` times: each a datagram of its own to the client's peer, sent once the one
   * before has gone; EMSGSIZE and the like reject. In step mode each is held and this resolves at
   * once; an error then shows as the socket's error event when released.
   */
  async send(bytes: Uint8Array, times = 1): Promise<void> {
    const { peer } = this.options;
    if (!peer) throw new LabStateError(this.socketId, 'udpNoPeer');
    for (let i = 0; i < times; i += 1) {
      if (this.state !== 'open') throw new LabStateError(this.socketId, 'socketClosed');
      const preview = makePreview(bytes);
      if (this.options.gate.holding) this.hold(bytes, preview, peer.host, peer.port);
      else await this.sendTo(bytes, preview, peer.host, peer.port);
    }
  }

  override async close(): Promise<number> {
    this.options.gate.discard(this.socketId);
    if (this.state === 'open') {
      this.state = 'closed';
      this.socket.close();
    }
    await this.closed;
    return 1;
  }

  private hold(bytes: Uint8Array, preview: BytePreview, host: string, port: number): void {
    const release = (holdId: number) =>
      void this.sendTo(bytes, preview, host, port, holdId).catch(() => undefined);
    const holdId = this.options.gate.hold(this.socketId, bytes.length, preview, release);
    this.emit({ type: 'data-held', holdId, bytes: bytes.length, preview });
  }

  private sendTo(
    bytes: Uint8Array,
    preview: BytePreview,
    host: string,
    port: number,
    holdId?: number,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      this.socket.send(bytes, port, host, (error) => {
        if (error) {
          const info = toSocketErrorInfo(error);
          this.emit({ type: 'error', error: info });
          reject(new LabSocketError(this.socketId, info));
          return;
        }
        this.bytesSent += bytes.length;
        const to = toEndpoint(host, port, isIPv6(host) ? 'IPv6' : 'IPv4');
        this.emit({
          type: 'data-sent',
          bytes: bytes.length,
          preview,
          ...(to ? { peer: to } : {}),
          ...(holdId === undefined ? {} : { holdId }),
        });
        resolve();
      });
    });
  }

  private onMessage(datagram: Buffer, from: RemoteInfo): void {
    // recvfrom(N) hands over one datagram per call, never part of the next; what does not fit in
    // its N bytes is thrown away, as the lesson's recvfrom(1024) would.
    const received = datagram.subarray(0, this.options.recvBufferSize);
    const discarded = datagram.length - received.length;
    this.bytesReceived += received.length;
    const peer = toEndpoint(from.address, from.port, from.family) as Endpoint;
    // One preview serves the receive and its echo: the same bytes.
    const preview = makePreview(received);
    this.emit({
      type: 'data-received',
      bytes: received.length,
      slices: [received.length],
      preview,
      peer,
      ...(discarded > 0 ? { discarded } : {}),
    });
    if (this.options.echo && this.state === 'open') this.echo(received, preview, from);
  }

  private echo(message: Buffer, preview: BytePreview, from: RemoteInfo): void {
    const { gate } = this.options;
    if (!gate.holding) {
      void this.sendTo(message, preview, from.address, from.port).catch(() => undefined);
      return;
    }
    if (gate.heldCount(this.socketId) < MAX_HELD_DATAGRAMS) {
      this.droppingHeld = false;
      this.hold(message, preview, from.address, from.port);
      return;
    }
    if (this.droppingHeld) return;
    this.droppingHeld = true;
    const explanation = `Step mode holds at most ${MAX_HELD_DATAGRAMS} datagrams per socket; later ones are dropped until some are released.`;
    this.emit({ type: 'error', error: { code: 'ENOBUFS', syscall: 'recvfrom', message: explanation } });
  }
}
