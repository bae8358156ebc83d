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

/** The socket-table part of an event batch. */
export interface SocketTableUpdate {
  change?: SocketTableChange;
  /** Present while scans fail; absent once one succeeds again. */
  scanError?: ScanError;
}

export interface SocketTableSnapshot {
  rows: SocketRow[];
  version: number;
  settings: ScanSettings;
  scanError?: ScanError;
}
