import { readdirSync } from 'node:fs';

export interface ProcessSample {
  rssBytes: number;
  heapUsedBytes: number;
  /** Entries in /proc/self/fd: sockets, files, pipes. */
  openFiles: number;
}

export function sampleProcess(): ProcessSample {
  const { rss, heapUsed } = process.memoryUsage();
  return { rssBytes: rss, heapUsedBytes: heapUsed, openFiles: readdirSync('/proc/self/fd').length };
}

export const MIB = 1024 * 1024;

export function mib(bytes: number): string {
  return (bytes / MIB).toFixed(1);
}
