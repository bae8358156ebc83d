/** One row of the machine's socket table, as netstat -an and ss show it. */

export type SocketProtocol = 'tcp' | 'tcp6' | 'udp' | 'udp6';

/**
 * Why a row names no program: 'kernel', the socket belongs to no process any more (TIME_WAIT
 * after a close; netstat's pid 0); 'ended', its process ended before its name could be read;
 * 'denied', this user may not see it (another user's process, without privileges).
 */
type OwnerHiddenReason = 'kernel' | 'ended' | 'denied';

export interface SocketRow {
  /** Stable identity across scans: protocol, both endpoints and the kernel's socket id. */
  key: string;
  protocol: SocketProtocol;
  localAddress: string;
  localPort: number;
  /** 0.0.0.0 / :: and port 0 where there is no peer (a listener, an unconnected UDP socket). */
  remoteAddress: string;
  remotePort: number;
  /** TCP: LISTEN, ESTABLISHED, TIME_WAIT, ...; UDP: UNCONN, or ESTABLISHED once connected. */
  state: string;
  pid?: number;
  program?: string;
  commandLine?: string;
  /** Set when the row has no program, to say why. */
  ownerHidden?: OwnerHiddenReason;
  sendQueue?: number;
  recvQueue?: number;
  inode?: number;
  /** Set by the back end when the row is one of the Lab's own sockets. */
  labSocketId?: string;
}

export interface SocketTableDiff {
  added: SocketRow[];
  /** Keys of rows that are gone. */
  removed: string[];
  changed: SocketRow[];
}

export interface ScanStats {
  rows: number;
  /** Lines of the OS's output that could not be read, skipped rather than failing the scan. */
  skippedLines: number;
  durationMs: number;
  pidMapped: boolean;
}
