import { createServer, type Server, type Socket } from 'node:net';
import type { Endpoint, LabSocket } from '../contract/events';
import type { UnstampedEvent } from './event-stamper';
import { fromAddressInfo } from './endpoint';
import { acceptBudget } from './open-file-budget';
import { LabSocketError, toSocketErrorInfo } from './socket-error';
import type { TcpConnection } from './tcp-connection';

export interface TcpEchoServerOptions {
  serverId: string;
  host: string;
  port: number;
  recvBufferSize: number;
  emit: (event: UnstampedEvent) => void;
  /** Wraps each accepted socket as a connection of the Lab's, with its own id. */
  adopt: (socket: Socket, serverId: string) => TcpConnection;
}

const DROP_REPORT_INTERVAL_MS = 1000;

/** The lesson's server: socket, bind, listen, then accept any number of clients and echo them. */
export class TcpEchoServer {
  readonly serverId: string;
  private readonly server: Server;
  private readonly accepted = new Set<TcpConnection>();
  private local: Endpoint | undefined;
  private listening = false;
  /** Connections refused for want of file descriptors since the last report of it. */
  private dropped = 0;
  private dropReportTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: TcpEchoServerOptions) {
    this.serverId = options.serverId;
    this.server = createServer({ allowHalfOpen: true });
    this.server.on('connection', (socket) => this.onConnection(socket));
    this.server.on('drop', () => this.onDrop());
    options.emit({
      type: 'socket-created',
      socketId: this.serverId,
      role: 'listener',
      protocol: 'tcp',
      recvBufferSize: options.recvBufferSize,
    });
  }

  start(): Promise<Endpoint> {
    const { host, port, emit } = this.options;
    return new Promise((resolve, reject) => {
      const onStartError = (error: Error) => {
        const info = toSocketErrorInfo(error);
        emit({ type: 'error', socketId: this.serverId, error: info });
        emit({ type: 'closed', socketId: this.serverId, hadError: true });
        reject(new LabSocketError(this.serverId, info));
      };
      this.server.once('error', onStartError);
      this.server.listen({ host, port }, () => {
        this.server.off('error', onStartError);
        // Errors after listening (e.g. EMFILE on accept) are reported; the server keeps listening.
        this.server.on('error', (error) =>
          emit({ type: 'error', socketId: this.serverId, error: toSocketErrorInfo(error) }),
        );
        this.listening = true;
        const budget = acceptBudget();
        if (budget !== undefined) this.server.maxConnections = budget;
        const local = fromAddressInfo(this.server.address()) as Endpoint;
        this.local = local;
        emit({ type: 'bound', socketId: this.serverId, local });
        emit({ type: 'listening', socketId: this.serverId, local });
        resolve(local);
      });
    });
  }

  /** Stops listening and closes every socket it accepted; resolves with how many sockets closed. */
  async stop(): Promise<number> {
    clearTimeout(this.dropReportTimer);
    const connections = [...this.accepted];
    const listenerClosed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    await Promise.all([...connections.map((connection) => connection.close()), listenerClosed]);
    if (this.listening) {
      this.listening = false;
      this.options.emit({ type: 'closed', socketId: this.serverId, hadError: false });
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
    this.options.emit({
      type: 'error',
      socketId: this.serverId,
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

  describe(): LabSocket {
    return {
      socketId: this.serverId,
      role: 'listener',
      protocol: 'tcp',
      state: this.listening ? 'listening' : 'closed',
      ...(this.local ? { local: this.local } : {}),
      recvBufferSize: this.options.recvBufferSize,
      bytesSent: 0,
      bytesReceived: 0,
      endSent: false,
      endReceived: false,
    };
  }

  private onConnection(socket: Socket): void {
    const connection = this.options.adopt(socket, this.serverId);
    this.accepted.add(connection);
    void connection.closed.then(() => this.accepted.delete(connection));
  }
}
