import type { Socket } from 'node:net';
import type { BytePreview, Endpoint, LabSocket, SocketState } from '../contract/events';
import { makePreview } from './byte-preview';
import type { SocketEventBody, UnstampedEvent } from './event-stamper';
import { toEndpoint } from './endpoint';
import { recvSlices } from './recv-slices';
import { LabStateError, toSocketErrorInfo } from './socket-error';
import type { StepGate } from './step-gate';

/** The most bytes a client's sends may wait in this process for a peer that does not read. */
export const MAX_UNSENT_BYTES = 16 * 1024 * 1024;

export interface TcpConnectionOptions {
  socketId: string;
  role: 'accepted' | 'client';
  /** The listener that accepted this socket, for accepted sockets. */
  serverId?: string;
  recvBufferSize: number;
  /** Accepted sockets echo: every byte that arrives is written straight back. */
  echo: boolean;
  emit: (event: UnstampedEvent) => void;
  /** Step mode: holds each write until the user releases it. */
  gate: StepGate;
}

/**
 * One connected TCP socket, the client's or the one accept() returned, and everything it does
 * reported as events. When the peer ends its side, this side finishes writing and ends too
 * (what the lesson's server does when recv returns nothing). The socket must be created with
 * allowHalfOpen, so that this side's end can wait for writes step mode still holds.
 */
export class TcpConnection {
  readonly socketId: string;
  readonly role: 'accepted' | 'client';
  private state: SocketState;
  private local: Endpoint | undefined;
  private remote: Endpoint | undefined;
  private bytesSent = 0;
  private bytesReceived = 0;
  private endSent = false;
  /** end() was called or is waiting for held writes. */
  private endRequested = false;
  private endReceived = false;
  private waitingForDrain = false;
  /** Settles when the socket has closed, whatever the reason. */
  readonly closed: Promise<void>;

  constructor(
    private readonly socket: Socket,
    private readonly options: TcpConnectionOptions,
  ) {
    this.socketId = options.socketId;
    this.role = options.role;
    // A client socket exists before it connects; an accepted one is born connected.
    this.state = options.role === 'client' ? 'connecting' : 'open';
    if (this.state === 'open') this.readAddresses();
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => this.onEnd());
    socket.on('finish', () => this.onFinish());
    socket.on('error', (error) => this.emit({ type: 'error', error: toSocketErrorInfo(error) }));
    socket.on('close', (hadError) => this.onClose(hadError));
  }

  /** Call once the socket is connected (clients) to learn the addresses the OS chose. */
  markConnected(): { local: Endpoint; remote: Endpoint } {
    this.state = 'open';
    this.readAddresses();
    if (!this.local || !this.remote)
      throw new Error(`${this.socketId} is connected but the OS gave it no addresses.`);
    return { local: this.local, remote: this.remote };
  }

  send(bytes: Uint8Array): void {
    this.assertWritable('send()');
    // A peer that does not read leaves our writes queued in this process; refuse past a bound.
    const unsent = this.socket.writableLength;
    if (unsent + bytes.length > MAX_UNSENT_BYTES) {
      throw new LabStateError(this.socketId, 'peerNotReading', { bytes: unsent });
    }
    this.write(bytes);
  }

  /** shutdown(SHUT_WR): no more sending, but still receiving until the peer ends too. */
  halfClose(): void {
    this.assertWritable('shutdown()');
    this.endAfterHeldWrites();
  }

  close(): Promise<void> {
    // At once, not on 'close': a step released in between would write to a destroyed socket.
    this.options.gate.discard(this.socketId);
    this.socket.destroy();
    return this.closed;
  }

  /** Closes abruptly with a reset (RST) instead of an orderly end: the peer sees ECONNRESET. */
  reset(): Promise<void> {
    this.options.gate.discard(this.socketId);
    this.socket.resetAndDestroy();
    return this.closed;
  }

  describe(): LabSocket {
    return {
      socketId: this.socketId,
      role: this.role,
      protocol: 'tcp',
      state: this.state,
      ...(this.options.serverId ? { serverId: this.options.serverId } : {}),
      ...(this.local ? { local: this.local } : {}),
      ...(this.remote ? { remote: this.remote } : {}),
      recvBufferSize: this.options.recvBufferSize,
      bytesSent: this.bytesSent,
      bytesReceived: this.bytesReceived,
      endSent: this.endSent,
      endReceived: this.endReceived,
    };
  }

  private readAddresses(): void {
    const { socket } = this;
    this.local = toEndpoint(socket.localAddress, socket.localPort, socket.localFamily);
    this.remote = toEndpoint(socket.remoteAddress, socket.remotePort, socket.remoteFamily);
  }

  /** `call` names the system call refused, e.g. send() or shutdown(). */
  private assertWritable(call: string): void {
    if (this.state !== 'open') throw new LabStateError(this.socketId, 'socketNotOpen', { call });
    if (this.endRequested || this.socket.writableEnded) {
      throw new LabStateError(this.socketId, 'sendingShutDown', { call });
    }
  }

  private onData(chunk: Buffer): void {
    this.bytesReceived += chunk.length;
    const echo = this.options.echo && !this.endRequested;
    const echoAtOnce = echo && !this.options.gate.holding && !this.socket.destroyed;
    // The echo leaves before any bookkeeping, so watching adds nothing to the peer's round trip.
    const accepted = echoAtOnce && this.socket.write(chunk);
    // One preview serves the receive and its echo: the same bytes.
    const preview = makePreview(chunk);
    this.emit({
      type: 'data-received',
      bytes: chunk.length,
      ...recvSlices(chunk.length, this.options.recvBufferSize),
      preview,
    });
    if (echoAtOnce) this.reportWrite(chunk.length, preview, accepted);
    else if (echo) this.write(chunk, preview);
  }

  private write(bytes: Uint8Array, preview = makePreview(bytes)): void {
    const { gate, echo } = this.options;
    if (!gate.holding) {
      this.writeNow(bytes, preview);
      return;
    }
    const holdId = gate.hold(this.socketId, bytes.length, preview, (id) => this.writeNow(bytes, preview, id));
    this.emit({ type: 'data-held', holdId, bytes: bytes.length, preview });
    // Like the lesson's server, which calls recv() again only after sendall() returned.
    if (echo) {
      this.socket.pause();
      gate.whenReleased(this.socketId, () => this.resumeReading());
    }
  }

  private writeNow(bytes: Uint8Array, preview: BytePreview, holdId?: number): void {
    if (this.socket.destroyed) return;
    this.reportWrite(bytes.length, preview, this.socket.write(bytes), holdId);
  }

  /** `accepted` is what write() returned: false asks the writer to wait for 'drain'. */
  private reportWrite(bytes: number, preview: BytePreview, accepted: boolean, holdId?: number): void {
    this.bytesSent += bytes;
    this.emit({
      type: 'data-sent',
      bytes,
      preview,
      ...(holdId === undefined ? {} : { holdId }),
    });
    // Backpressure: stop reading from a peer that is not reading our echo.
    if (!accepted && this.options.echo && !this.waitingForDrain) {
      this.waitingForDrain = true;
      this.socket.pause();
      this.socket.once('drain', () => {
        this.waitingForDrain = false;
        this.resumeReading();
      });
    }
  }

  private resumeReading(): void {
    if (!this.waitingForDrain && this.options.gate.heldCount(this.socketId) === 0) this.socket.resume();
  }

  private endAfterHeldWrites(): void {
    this.endRequested = true;
    this.options.gate.whenReleased(this.socketId, () => {
      if (!this.socket.destroyed) this.socket.end();
    });
  }

  private onEnd(): void {
    this.endReceived = true;
    this.emit({ type: 'end-received' });
    if (!this.endRequested) this.endAfterHeldWrites();
  }

  private onFinish(): void {
    this.endSent = true;
    this.emit({ type: 'end-sent' });
  }

  private onClose(hadError: boolean): void {
    this.state = 'closed';
    this.options.gate.discard(this.socketId);
    this.emit({ type: 'closed', hadError });
  }

  private emit(event: SocketEventBody): void {
    this.options.emit({ ...event, socketId: this.socketId } as UnstampedEvent);
  }
}
