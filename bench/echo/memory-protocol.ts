import type { ProcessSample } from '../shared/process-stats';

/** What memory-child.js reports: its own process at each step. */
export interface MemoryReport {
  mode: 'lab' | 'bare';
  connections: number;
  start: ProcessSample;
  open: ProcessSample;
  /** Just after closing them, while the OS still lists their TIME_WAIT sockets. */
  closed: ProcessSample;
  /** Once those TIME_WAIT sockets are gone, and with them their rows in the socket table. */
  settled: ProcessSample;
}
