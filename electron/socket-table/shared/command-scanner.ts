import type { ScanStats, SocketRow } from '../../contract/socket-table';
import type { SocketScanner } from '../scanner-types';
import type { ParsedTable } from './netstat-lines';

export interface CommandSources {
  /** The socket tables, from one or more runs of netstat. */
  readTables(): Promise<ParsedTable[]>;
  /** Each running process's program name, by pid. */
  readPrograms(): Promise<ReadonlyMap<number, string>>;
}

/** A scanner that runs the OS's netstat for the sockets and its process list for their owners' names. */
export function createCommandScanner(sources: CommandSources): SocketScanner {
  return {
    async scan() {
      const started = performance.now();
      const [tables, programs] = await Promise.all([
        sources.readTables(),
        // Names only label the rows: without a process list the table is still right, just less readable.
        sources.readPrograms().catch(() => new Map<number, string>()),
      ]);
      const rows = tables.flatMap((table) => table.rows).map((row) => named(row, programs));
      const stats: ScanStats = {
        rows: rows.length,
        skippedLines: tables.reduce((sum, table) => sum + table.skippedLines, 0),
        durationMs: performance.now() - started,
        pidMapped: true,
      };
      return { rows, stats };
    },
  };
}

/** The process list's name wins over the one netstat printed, which macOS cuts short. */
function named(row: SocketRow, programs: ReadonlyMap<number, string>): SocketRow {
  const program = row.pid === undefined ? undefined : programs.get(row.pid);
  return program ? { ...row, program } : row;
}
