import { createServer, type Server, type Socket } from 'node:net';
import type { Endpoint } from '../contract/events';
import type { UnstampedEvent } from './event-stamper';
import { fromAddressInfo } from './endpoint';
import { LabSocketHandle } from './lab-socket-handle';
import { LabSocketError, toSocketErrorInfo } from './socket-error';
import type { TcpConnection } from './tcp-connection';

export interface TcpEchoServerOptions {
  socketId: string;
  host: string;
  port: number;
  recvBufferSize: number;
  emit: (event: UnstampedEvent) => void;
  /**
   * Wraps each accepted socket as a connection of the Lab's, with its own id; undefined when the
   * Lab holds as many sockets as it may, and the connection is refused.
   */
  adopt: (socket: Socket) => TcpConnection | undefined;
}

const DROP_REPORT_INTERVAL_MS = 1000;

/** The lesson's server: socket, bind, listen, then accept any number of clients and echo them. */
export class TcpEchoServer extends LabSocketHandle {
  override readonly kind = 'tcp-listener';
  override readonly closed: Promise<void>;
  private readonly server: Server;
  private readonly accepted = new Set<TcpConnection>();
  /** Connections refused for want of file descriptors since the last report of it. */
  private dropped = 0;
  private dropReportTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: TcpEchoServerOptions) {
    const { socketId, recvBufferSize, emit } = options;
    super({ socketId, role: 'listener', protocol: 'tcp', recvBufferSize }, emit);
    this.server = createServer({ allowHalfOpen: true });
    this.closed = new Promise((resolve) => this.server.once('close', () => resolve()));
    this.server.on('connection', (socket) => this.onConnection(socket));
    this.server.on('drop', () => this.onDrop());
  }

  /** bind() and listen(): resolves with the address the OS gave the listener. */
  open(): Promise<Endpoint> {
    const { host, port } = this.options;
    return new Promise((resolve, reject) => {
      const onStartError = (error: Error) => {
        const info = toSocketErrorInfo(error);
        this.state = 'closed';
        this.emit({ type: 'error', error: info });
        this.emit({ type: 'closed', hadError: true });
        reject(new LabSocketError(this.socketId, info));
      };
      this.server.once('error', onStartError);
      this.server.listen({ host, port }, () => {
        this.server.off('error', onStartError);
        // Errors after listening (e.g. EMFILE on accept) are reported; the server keeps listening.
        this.server.on('error', (error) => this.emit({ type: 'error', error: toSocketErrorInfo(error) }));
        this.state = 'listening';
        const local = fromAddressInfo(this.server.address()) as Endpoint;
        this.local = local;
        this.emit({ type: 'bound', local });
        this.emit({ type: 'listening', local });
        resolve(local);
      });
    });
  }

  /** Stops listening and closes every socket it accepted; resolves with how many sockets closed. */
  override async close(): Promise<number> {
    clearTimeout(this.dropReportTimer);
    const connections = [...this.accepted];
    this.server.close();
    await Promise.all([...connections.map((connection) => connection.close()), this.closed]);
    if (this.state === 'listening') {
      this.state = 'closed';
      this.emit({ type: 'closed', hadError: false });
    }
    return connections.length + 1;
  }

  /**
   * A connection refused because the process is out of file descriptors: reported as EMFILE on
   * accept at once, then at most once a second with how many more, so that a flood stays a few lines.
   */
  private onDrop(): void {
    this.dropped += 1;
    if (!this.dropReportTimer) this.reportDrops();
  }

  private reportDrops(): void {
    if (this.dropped === 0) return;
    const { address, port } = this.local ?? {};
    this.emit({
      type: 'error',
      error: {
        code: 'EMFILE',
        syscall: 'accept',
        ...(address === undefined ? {} : { address }),
        ...(port === undefined ? {} : { port }),
        message: `Too many open files: ${this.dropped} connection(s) refused.`,
      },
    });
    this.dropped = 0;
    this.dropReportTimer = setTimeout(() => {
      this.dropReportTimer = undefined;
      this.reportDrops();
    }, DROP_REPORT_INTERVAL_MS).unref();
  }

  private onConnection(socket: Socket): void {
    const connection = this.options.adopt(socket);
    if (!connection) {
      socket.destroy();
      this.onDrop();
      return;
    }
    this.accepted.add(connection);
    void connection.closed.then(() => this.accepted.delete(connection));
  }
}
