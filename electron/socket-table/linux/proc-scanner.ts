import type { ScanStats, SocketProtocol, SocketRow } from '../../contract/socket-table';
import type { SocketScanner } from '../scanner-types';
import { parseProcNet } from './proc-net-parser';
import { createProcFileReader } from './read-proc-file';
import { RowOwners } from './row-owners';
import { SocketOwners } from './socket-owners';

const TABLES: readonly SocketProtocol[] = ['tcp', 'tcp6', 'udp', 'udp6'];

/** Linux: the kernel's own tables in /proc/net, read directly (no child process), owners from /proc. */
export function createProcScanner({ mapPids = true, procRoot = '/proc' } = {}): SocketScanner {
  const owners = new RowOwners(new SocketOwners(procRoot));
  // One buffer for all four: the tables are read one after another.
  const read = createProcFileReader();
  let previous = TABLES.map(() => new Map<string, SocketRow>());
  return {
    async scan() {
      const started = performance.now();
      const parsed = TABLES.map((name, index) =>
        parseProcNet(readTable(read, `${procRoot}/net/${name}`), name, previous[index]),
      );
      previous = parsed.map((table) => table.rowsByLine);
      if (mapPids)
        owners.fill(
          previous,
          parsed.flatMap((table) => table.newRows),
        );
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

/** A kernel without IPv6 has no tcp6/udp6: that is an empty table, not an error. */
function readTable(read: (path: string) => string, path: string): string {
  try {
    return read(path);
  } catch {
    return '';
  }
}
