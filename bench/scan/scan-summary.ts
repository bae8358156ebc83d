import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface ScanFigures {
  /** Medians in ms, by the row labels scan-bench.js prints. */
  firstScanWithPids: number;
  ssTanp: number;
  steadyRescan: number;
}

const run = promisify(execFile);

function medianOf(output: string, label: string): number {
  const line = output.split('\n').find((row) => row.startsWith(label));
  // The label may go on, e.g. "(full /proc walk)"; the median is the first column after two spaces.
  const ms = Number(/\s{2,}([\d.]+)/.exec(line?.slice(label.length) ?? '')?.[1]);
  if (!Number.isFinite(ms)) throw new Error(`scan-bench printed no row "${label}".`);
  return ms;
}

/** Runs the existing scan benchmark (built beside this file) in its own process and reads its table. */
export async function runScanBench(): Promise<ScanFigures> {
  console.log('Socket-table scan (scan-bench.js, 10,000 sockets):');
  const { stdout } = await run(
    process.execPath,
    [fileURLToPath(new URL('./scan-bench.js', import.meta.url))],
    {
      maxBuffer: 1024 * 1024,
    },
  );
  const figures = {
    firstScanWithPids: medianOf(stdout, 'scan with PIDs, first'),
    ssTanp: medianOf(stdout, 'ss -tanp (baseline)'),
    steadyRescan: medianOf(stdout, 'steady rescan + diff'),
  };
  console.log(
    `  first scan with PIDs ${figures.firstScanWithPids} ms, ss -tanp ${figures.ssTanp} ms, ` +
      `steady rescan + diff ${figures.steadyRescan} ms`,
  );
  return figures;
}
