import type { Socket } from 'node:net';
import type { BytePreview, Endpoint } from '../contract/events';
import { makePreview } from './byte-preview';
import type { UnstampedEvent } from './event-stamper';
import { toEndpoint } from './endpoint';
import { LabSocketHandle } from './lab-socket-handle';
import { recvSlices } from './recv-slices';
import { LabSocketError, LabStateError, toSocketErrorInfo } from './socket-error';
import type { StepGate } from './step-gate';

/** The most bytes a client's sends may wait in this process for a peer that does not read. */
const MAX_UNSENT_BYTES = 16 * 1024 * 1024;

/** How long a client waits for connect() before giving up with ETIMEDOUT. */
const CONNECT_TIMEOUT_MS = 10_000;

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
export class TcpConnection extends LabSocketHandle {
  override readonly kind = 'tcp-connection';
  override readonly closed: Promise<void>;
  /** end() was called or is waiting for held writes. */
  private endRequested = false;
  private waitingForDrain = false;

  constructor(
    private readonly socket: Socket,
    private readonly options: TcpConnectionOptions,
  ) {
    const { socketId, role, serverId, recvBufferSize, emit } = options;
    super(
      { socketId, role, protocol: 'tcp', ...(serverId === undefined ? {} : { serverId }), recvBufferSize },
      emit,
    );
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => this.onEnd());
    socket.on('finish', () => this.onFinish());
    socket.on('error', (error) => this.emit({ type: 'error', error: toSocketErrorInfo(error) }));
    socket.on('close', (hadError) => this.onClose(hadError));
    // A client socket exists before it connects; an accepted one is born connected.
    if (role === 'client') {
      this.state = 'connecting';
    } else {
      this.state = 'open';
      this.readAddresses();
      const { local, remote } = this;
      if (serverId && local && remote) this.emit({ type: 'accepted', serverId, local, remote });
    }
  }

  /**
   * connect(): resolves with the addresses the OS chose once connected; rejects with why not
   * (refused, timed out after CONNECT_TIMEOUT_MS, or closed by the user while it waited).
   */
  connect(host: string, port: number): Promise<{ local: Endpoint; remote: Endpoint }> {
    const { socket, socketId } = this;
    this.emit({ type: 'connecting', host, port });
    return new Promise((resolve, reject) => {
      const onConnectError = (error: Error) => reject(new LabSocketError(socketId, toSocketErrorInfo(error)));
      // Closed by the user while connect() was still waiting: no error event comes, only close.
      const onClosedBeforeConnect = () =>
        reject(
          new LabSocketError(socketId, {
            code: 'ECONNABORTED',
            syscall: 'connect',
            address: host,
            port,
            message: `${socketId} was closed before its connection to ${host}:${port} was made.`,
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
        this.state = 'open';
        this.readAddresses();
        const { local, remote } = this;
        if (!local || !remote) throw new Error(`${socketId} is connected but the OS gave it no addresses.`);
        this.emit({ type: 'connected', local, remote });
        resolve({ local, remote });
      });
    });
  }

  /**
   * Writes the bytes `times` times, back to back in this turn of the event loop: each is one
   * write, and the receiver may get them merged or split.
   */
  send(bytes: Uint8Array, times = 1): void {
    for (let i = 0; i < times; i += 1) {
      this.assertWritable('send()');
      // A peer that does not read leaves our writes queued in this process; refuse past a bound.
      const unsent = this.socket.writableLength;
      if (unsent + bytes.length > MAX_UNSENT_BYTES) {
        throw new LabStateError(this.socketId, 'peerNotReading', { bytes: unsent });
      }
      this.write(bytes);
    }
  }

  /** shutdown(SHUT_WR): no more sending, but still receiving until the peer ends too. */
  halfClose(): void {
    this.assertWritable('shutdown()');
    this.endAfterHeldWrites();
  }

  override async close(): Promise<number> {
    // At once, not on 'close': a step released in between would write to a destroyed socket.
    this.options.gate.discard(this.socketId);
    this.socket.destroy();
    await this.closed;
    return 1;
  }

  /** Closes abruptly with a reset (RST) instead of an orderly end: the peer sees ECONNRESET. */
  reset(): Promise<void> {
    this.options.gate.discard(this.socketId);
    this.socket.resetAndDestroy();
    return this.closed;
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
}
