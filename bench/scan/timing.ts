import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The median of `runs` timings of `work`, in milliseconds, after one warm-up run. */
export async function medianMs(work: () => Promise<unknown>, runs = 7): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Runs a command as a user would (its whole run, start-up included), discarding its output. */
export function command(file: string, args: string[]): () => Promise<unknown> {
  return () => run(file, args, { maxBuffer: 256 * 1024 * 1024 });
}
