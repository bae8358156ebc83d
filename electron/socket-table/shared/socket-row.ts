import type { SocketProtocol, SocketRow } from '../../contract/socket-table';
import type { Endpoint } from './endpoint';

export type UnkeyedRow = Omit<SocketRow, 'key'>;

export interface NetstatFields {
  protocol: SocketProtocol;
  local: Endpoint;
  remote: Endpoint;
  state: string;
  pid: number | undefined;
  program?: string;
  sendQueue?: number;
  recvQueue?: number;
}

export function socketRow({ local, remote, pid, program, ...rest }: NetstatFields): UnkeyedRow {
  return {
    ...rest,
    localAddress: local.address,
    localPort: local.port,
    remoteAddress: remote.address,
    remotePort: remote.port,
    // Pid 0 is no process: a socket only the kernel still holds (TIME_WAIT); tasklist would name it
    // "System Idle Process", macOS "kernel_task".
    ...(pid ? { pid, ...(program ? { program } : {}) } : pid === 0 ? { ownerHidden: 'kernel' as const } : {}),
  };
}

/**
 * Keys as the Linux scanner writes them, the pid standing in for the inode netstat does not print. One
 * process can hold several sockets on the same endpoints (browsers open a few UDP *:5353 each), so the
 * later ones get |2, |3, ... and every key in a table stays unique.
 */
export function withUniqueKeys(rows: readonly UnkeyedRow[]): SocketRow[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = `${row.protocol}|${row.localAddress}|${row.localPort}|${row.remoteAddress}|${row.remotePort}|${row.pid ?? 0}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return { key: count === 1 ? key : `${key}|${count}`, ...row };
  });
}
