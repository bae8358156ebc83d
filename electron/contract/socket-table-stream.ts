import type { ScanStats, SocketRow, SocketTableDiff } from './socket-table';

/** How often the back end rescans the machine's sockets, and whether it is paused. */
export interface ScanSettings {
  intervalMs: number;
  paused: boolean;
}

export const DEFAULT_SCAN_INTERVAL_MS = 1000;
export const MIN_SCAN_INTERVAL_MS = 250;
export const MAX_SCAN_INTERVAL_MS = 60_000;

/** What changed between two versions of the table; sent only when something did. */
export interface SocketTableChange {
  fromVersion: number;
  version: number;
  diff: SocketTableDiff;
  stats: ScanStats;
}

/** Why the table could not be read, for the Sockets view to explain. */
export interface ScanError {
  kind: 'unsupported-platform' | 'scan-failed';
  detail: string;
}

/** One batch of the socket-table stream: a change, a scan error, or both. */
export interface SocketTableUpdate {
  change?: SocketTableChange;
  /** Present while scans fail; absent once one succeeds again. */
  scanError?: ScanError;
}

/** The whole table at one version, with how it is being scanned: what getSocketTable answers. */
export interface FullSocketTable {
  rows: SocketRow[];
  version: number;
  settings: ScanSettings;
  scanError?: ScanError;
}
