import type { ProcessSample } from './process-stats';

/** What memory-child.js reports: its own process at each step. */
export interface MemoryReport {
  mode: 'lab' | 'bare';
  connections: number;
  start: ProcessSample;
  open: ProcessSample;
  closed: ProcessSample;
}
