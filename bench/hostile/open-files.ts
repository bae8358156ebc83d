import { readdir } from 'node:fs/promises';

/** How many files a process has open, from /proc/PID/fd. */
export async function openFiles(pid: number): Promise<number> {
  return (await readdir(`/proc/${pid}/fd`)).length;
}
