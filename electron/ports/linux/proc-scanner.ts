import type { ScanStats, SocketProtocol, SocketRow } from '../../contract/socket-table';
import type { SocketScanner } from '../scanner-types';
import { parseProcNet } from './proc-net-parser';
import { createProcFileReader } from './read-proc-file';
import { SocketOwners, type ProcessInfo } from './socket-owners';

const TABLES: readonly SocketProtocol[] = ['tcp', 'tcp6', 'udp', 'udp6'];

/** Linux: the kernel's own tables in /proc/net, read directly (no child process), owners from /proc. */
export function createProcScanner({ mapPids = true, procRoot = '/proc' } = {}): SocketScanner {
  const owners = new SocketOwners(procRoot);
  const readers = TABLES.map(() => createProcFileReader());
  let previous = TABLES.map(() => new Map<string, SocketRow>());
  return {
    async scan() {
      const started = performance.now();
      const texts = await Promise.all(
        // A kernel without IPv6 has no tcp6/udp6: that is an empty table, not an error.
        TABLES.map((name, index) => readers[index]?.(`${procRoot}/net/${name}`).catch(() => '') ?? ''),
      );
      const parsed = texts.map((text, index) => parseProcNet(text, TABLES[index] ?? 'tcp', previous[index]));
      previous = parsed.map((table) => table.rowsByLine);
      if (mapPids) fillOwners(previous, owners);
      const rows = previous.flatMap((table) => [...table.values()]);
      const stats: ScanStats = {
        rows: rows.length,
        skippedLines: parsed.reduce((sum, table) => sum + table.skippedLines, 0),
        durationMs: performance.now() - started,
        pidMapped: mapPids,
      };
      return { rows, stats };
    },
  };
}

/**
 * Gives each row its owner. Rows are shared with the previous scan (and the back end's last
 * table), so a row whose owner differs is replaced by a copy, never changed in place; a row
 * whose owner is known already is kept as it is.
 */
function fillOwners(tables: readonly Map<string, SocketRow>[], owners: SocketOwners): void {
  const inodes = tables.flatMap((table) =>
    [...table.values()].flatMap((row) => (row.inode ? [row.inode] : [])),
  );
  const byInode = owners.ownersOf(inodes);
  for (const table of tables) {
    for (const [line, row] of table) {
      const owner = row.inode ? byInode.get(row.inode) : undefined;
      if (row.pid === owner?.pid && row.program === owner?.program) continue;
      table.set(line, withOwner(row, owner));
    }
  }
}

/** Written out field by field: a first scan makes 10,000 of these, and spreads cost several times more. */
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
  if (owner) {
    socket.pid = owner.pid;
    socket.program = owner.program;
    socket.commandLine = owner.commandLine;
  }
  return socket;
}
