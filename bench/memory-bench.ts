import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { MemoryReport } from './memory-protocol';
import { mib } from './process-stats';

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
  const { start, open, closed } = report;
  console.log(
    `  ${mode}: rss ${mib(start.rssBytes)} → ${mib(open.rssBytes)} → ${mib(closed.rssBytes)} MiB, ` +
      `heap used ${mib(start.heapUsedBytes)} → ${mib(open.heapUsedBytes)} → ${mib(closed.heapUsedBytes)} MiB, ` +
      `open files ${start.openFiles} → ${open.openFiles} → ${closed.openFiles}`,
  );
  return report;
}

export async function benchMemory(connections: number): Promise<MemoryFigures> {
  console.log(`Memory: start (after a warm-up) → ${connections} connections open → all closed:`);
  return { lab: await measure('lab', connections), bare: await measure('bare', connections) };
}
