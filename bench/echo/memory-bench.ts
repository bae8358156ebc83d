import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { MemoryReport } from './memory-protocol';
import { mib } from '../shared/process-stats';

export interface MemoryFigures {
  lab: MemoryReport;
  bare: MemoryReport;
}

/** Each measurement in a fresh process, so neither inherits the other's heap. */
async function measure(mode: 'lab' | 'bare', connections: number): Promise<MemoryReport> {
  const child = fork(
    fileURLToPath(new URL('./memory-child.js', import.meta.url)),
    [mode, String(connections)],
    {
      execArgv: ['--expose-gc'],
      stdio: 'inherit',
    },
  );
  let report: MemoryReport | undefined;
  child.on('message', (message: MemoryReport) => (report = message));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0 || !report) throw new Error(`memory-child ${mode} exited with ${code} and no report.`);
  const samples = [report.start, report.open, report.closed, report.settled];
  const figures = (of: (sample: (typeof samples)[number]) => string) => samples.map(of).join(' → ');
  console.log(
    `  ${mode}: rss ${figures((sample) => mib(sample.rssBytes))} MiB, ` +
      `heap used ${figures((sample) => mib(sample.heapUsedBytes))} MiB, ` +
      `open files ${figures((sample) => String(sample.openFiles))}`,
  );
  return report;
}

/** Both at once: each waits a minute for its TIME_WAIT sockets to go, and memory is per process. */
export async function benchMemory(connections: number): Promise<MemoryFigures> {
  console.log(
    `Memory: start (after a warm-up) → ${connections} connections open → all closed → ` +
      'a minute later, once their TIME_WAIT sockets are gone:',
  );
  const [lab, bare] = await Promise.all([measure('lab', connections), measure('bare', connections)]);
  return { lab, bare };
}
