import type { LabSocket } from '../contract/events';
import type { ScanStats, SocketRow, SocketTableDiff } from '../contract/socket-table';
import { diffSocketTables } from './diff';
import type { SocketScanner } from './scanner-types';
import { LabSocketTags } from './lab-tags';

/** What one scan changed: no diff when the table is as it was. */
export interface TableStep {
  diff: SocketTableDiff | undefined;
  stats: ScanStats;
  /** The scan, tagging and diff, in ms: what the step cost, without a worker's start-up or queue. */
  workMs: number;
}

/** Scans the machine's sockets, names the Lab's own among them, and says what changed since last time. */
export interface SocketTableTracker {
  next(labSockets: readonly LabSocket[], now: number): Promise<TableStep>;
  close(): void;
}

/** Does the work on the calling thread; `known` is the table the caller already holds, if any. */
export function createInThreadTracker(
  scanner: SocketScanner,
  known: ReadonlyMap<string, SocketRow> = new Map(),
): SocketTableTracker {
  const tags = new LabSocketTags();
  let previous = known;
  return {
    async next(labSockets, now) {
      const started = performance.now();
      const { rows, stats } = await scanner.scan();
      const { diff, table } = diffSocketTables(previous, tags.tag(rows, labSockets, now));
      previous = table;
      return { diff, stats, workMs: performance.now() - started };
    },
    close() {},
  };
}
