import type { SocketRow } from '../../contract/socket-table';
import type { ProcessInfo, SocketOwners } from './socket-owners';

/**
 * Gives each row of a scan its owner. A row carried over from the previous scan already has the
 * owner the map gave it then, so only the scan's new rows need one, unless /proc has been walked
 * again since and owners may have moved. New rows are this scan's own objects and get their owner
 * in place; a carried-over row is shared with the previous scan (and the back end's last table),
 * so it is replaced by a copy, never changed.
 */
export class RowOwners {
  private walksSeen = 0;

  constructor(private readonly owners: SocketOwners) {}

  fill(tables: readonly Map<string, SocketRow>[], newRows: readonly SocketRow[]): void {
    const byInode = this.owners.ownersOf(inodesOf(tables));
    for (const row of newRows) {
      const owner = row.inode ? byInode.get(row.inode) : undefined;
      if (owner) setOwner(row, owner);
    }
    if (this.owners.walks === this.walksSeen) return;
    this.walksSeen = this.owners.walks;
    for (const table of tables) {
      for (const [line, row] of table) {
        const owner = row.inode ? byInode.get(row.inode) : undefined;
        if (row.pid === owner?.pid && row.program === owner?.program) continue;
        table.set(line, withOwner(row, owner));
      }
    }
  }
}

function inodesOf(tables: readonly Map<string, SocketRow>[]): number[] {
  const inodes: number[] = [];
  for (const table of tables) {
    for (const row of table.values()) if (row.inode) inodes.push(row.inode);
  }
  return inodes;
}

function setOwner(row: SocketRow, owner: ProcessInfo): void {
  row.pid = owner.pid;
  row.program = owner.program;
  row.commandLine = owner.commandLine;
}

/** Written out field by field: spreads cost several times more, and a walk may copy thousands. */
function withOwner(row: SocketRow, owner: ProcessInfo | undefined): SocketRow {
  const socket: SocketRow = {
    key: row.key,
    protocol: row.protocol,
    localAddress: row.localAddress,
    localPort: row.localPort,
    remoteAddress: row.remoteAddress,
    remotePort: row.remotePort,
    state: row.state,
  };
  if (row.sendQueue !== undefined) socket.sendQueue = row.sendQueue;
  if (row.recvQueue !== undefined) socket.recvQueue = row.recvQueue;
  if (row.inode !== undefined) socket.inode = row.inode;
  if (owner) setOwner(socket, owner);
  return socket;
}
