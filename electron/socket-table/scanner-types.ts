import type { ScanStats, SocketRow } from '../contract/socket-table';

/** Reads every socket on the machine once per call. */
export interface SocketScanner {
  scan(): Promise<{ rows: SocketRow[]; stats: ScanStats }>;
}
