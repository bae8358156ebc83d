import type { ScanStats, SocketRow } from '../../contract/socket-table';
import type { SocketScanner } from '../scanner-types';
import type { ParsedTable } from './netstat-lines';

/** One reading of the machine: its socket tables, and each running process's program name by pid. */
export interface ScanReading {
  tables: ParsedTable[];
  /** Undefined when the process list could not be read: then no row is said to have lost its owner. */
  programs: ReadonlyMap<number, string> | undefined;
}

export interface CommandSources {
  /** The socket tables, from one or more runs of netstat. */
  readTables(): Promise<ParsedTable[]>;
  /** Each running process's program name, by pid. */
  readPrograms(): Promise<ReadonlyMap<number, string>>;
}

/** A scanner that runs the OS's netstat for the sockets and its process list for their owners' names. */
export function createCommandScanner(sources: CommandSources): SocketScanner {
  return createReadingScanner(() => readCommandSources(sources));
}

/** Both sources, read at once. */
export async function readCommandSources(sources: CommandSources): Promise<ScanReading> {
  const [tables, programs] = await Promise.all([
    sources.readTables(),
    // Names only label the rows: without a process list the table is still right, just less readable.
    sources.readPrograms().catch(() => undefined),
  ]);
  return { tables, programs };
}

/** A scanner over any source that reads the tables and the process list together. */
export function createReadingScanner(read: () => Promise<ScanReading>): SocketScanner {
  return {
    async scan() {
      const started = performance.now();
      const { tables, programs } = await read();
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

/**
 * The process list's name wins over the one netstat printed, which macOS cuts short. A pid the list
 * does not hold, with no name from netstat, is a process that ended between the two readings.
 */
function named(row: SocketRow, programs: ReadonlyMap<number, string> | undefined): SocketRow {
  if (row.pid === undefined || !programs) return row;
  const program = programs.get(row.pid);
  if (program) return { ...row, program };
  return row.program ? row : { ...row, ownerHidden: 'ended' };
}
