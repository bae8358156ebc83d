import type { ScanStats, SocketProtocol, SocketRow } from '../../contract/socket-table';
import type { SocketScanner } from '../scanner-types';
import { parseProcNet } from './proc-net-parser';
import { createProcFileReader } from './read-proc-file';
import { SocketOwners } from './socket-owners';

const TABLES: readonly SocketProtocol[] = ['tcp', 'tcp6', 'udp', 'udp6'];

/** Linux: the kernel's own tables in /proc/net, read directly (no child process), owners from /proc. */
export function createProcScanner({ mapPids = true, procRoot = '/proc' } = {}): SocketScanner {
  const owners = new SocketOwners(procRoot);
  const readers = TABLES.map(() => createProcFileReader());
  return {
    async scan() {
      const started = performance.now();
      const texts = await Promise.all(
        // A kernel without IPv6 has no tcp6/udp6: that is an empty table, not an error.
        TABLES.map((name, index) => readers[index]?.(`${procRoot}/net/${name}`).catch(() => '') ?? ''),
      );
      let skippedLines = 0;
      let rows: SocketRow[] = [];
      texts.forEach((text, index) => {
        const parsed = parseProcNet(text, TABLES[index] ?? 'tcp');
        skippedLines += parsed.skippedLines;
        rows = rows.concat(parsed.rows);
      });
      if (mapPids) rows = withOwners(rows, owners);
      const stats: ScanStats = {
        rows: rows.length,
        skippedLines,
        durationMs: performance.now() - started,
        pidMapped: mapPids,
      };
      return { rows, stats };
    },
  };
}

/** Fills in each row's owner; the rows were made by this scan, so they are filled in place. */
function withOwners(rows: SocketRow[], owners: SocketOwners): SocketRow[] {
  const byInode = owners.ownersOf(rows.flatMap((row) => (row.inode ? [row.inode] : [])));
  for (const row of rows) {
    const owner = row.inode ? byInode.get(row.inode) : undefined;
    if (!owner) continue;
    row.pid = owner.pid;
    row.program = owner.program;
    row.commandLine = owner.commandLine;
  }
  return rows;
}
