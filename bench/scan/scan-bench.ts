/**
 * npm run bench:scan: the socket-table scanner against ss and netstat, with 10,000 loopback TCP
 * sockets open (5,000 connections, both ends, made here). Each figure is the median of 7 runs;
 * ratios compare with `ss` measured in the same run, so a noisy machine affects both alike.
 */
import { createProcScanner } from '../../electron/socket-table/linux/proc-scanner';
import { diffSocketTables } from '../../electron/socket-table/diff';
import type { SocketRow } from '../../electron/contract/socket-table';
import { openLoopbackConnections, type LoopbackConnections } from '../shared/loopback-connections';
import { hasCommand } from '../shared/has-command';
import { printTable } from '../shared/print-table';
import { ratioText } from '../shared/summary-table';
import { command, medianMs } from './timing';

const PAIRS = Number(process.env.SCAN_BENCH_PAIRS ?? 5000);

async function main(): Promise<void> {
  if (process.platform !== 'linux') throw new Error('The scan benchmark reads /proc: run it on Linux.');
  console.log(`Opening ${PAIRS} loopback connections (${PAIRS * 2} sockets)…`);
  const connections = await openLoopbackConnections(PAIRS);
  try {
    const withPids = createProcScanner({ mapPids: true });
    const withoutPids = createProcScanner({ mapPids: false });
    const { rows, stats } = await withPids.scan();
    console.log(`Table: ${stats.rows} rows, ${stats.skippedLines} skipped lines.\n`);

    const cold = await medianMs(() => createProcScanner({ mapPids: true }).scan());
    const warm = await medianMs(() => withPids.scan());
    const bare = await medianMs(() => withoutPids.scan());
    let table = new Map<string, SocketRow>(rows.map((row) => [row.key, row]));
    let diffRows = -1;
    const steady = await medianMs(async () => {
      const next = await withPids.scan();
      const { diff, table: nextTable } = diffSocketTables(table, next.rows);
      diffRows = diff ? diff.added.length + diff.removed.length + diff.changed.length : 0;
      table = nextTable;
    });
    const diffOnly = await medianMs(async () => diffSocketTables(table, [...table.values()]));
    // What the Lab's "Add client" costs the next scan: two new sockets whose owner must be found.
    const extra: LoopbackConnections[] = [];
    const afterNewConnection = await medianMs(async () => {
      extra.push(await openLoopbackConnections(1));
      await withPids.scan();
    });
    await Promise.all(extra.map((connection) => connection.close()));

    const ssTan = await medianMs(command('ss', ['-tan']));
    const ssTanp = await medianMs(command('ss', ['-tanp']));
    const netstat = (await hasCommand('netstat')) ? await medianMs(command('netstat', ['-tan'])) : undefined;

    // Each timed row: its median and how it compares with both baselines.
    const row = (label: string, ms: number) => [
      label,
      ms.toFixed(1),
      ratioText(ms, ssTan),
      ratioText(ms, ssTanp),
    ];
    printTable([
      ['measure', 'median ms', 'vs ss -tan', 'vs ss -tanp'],
      row('ss -tan (baseline)', ssTan),
      row('ss -tanp (baseline)', ssTanp),
      ...(netstat === undefined ? [] : [row('netstat -tan', netstat)]),
      row('scan, no PIDs', bare),
      row('scan with PIDs, first (full /proc walk)', cold),
      row('scan with PIDs, steady', warm),
      row('steady rescan + diff (in-process)', steady),
      ['diff alone', diffOnly.toFixed(2), '', ''],
      row('scan with PIDs after 1 new connection', afterNewConnection),
    ]);
    console.log(`\nSteady diff: ${diffRows} changed rows (0 means nothing is sent to the renderer).`);
    console.log(
      `Targets: first scan with PIDs ≤ ss -tanp: ${cold <= ssTanp ? 'met' : 'NOT met'}; steady rescan < 50 ms: ${steady < 50 ? 'met' : 'NOT met'}.`,
    );
  } finally {
    await connections.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
