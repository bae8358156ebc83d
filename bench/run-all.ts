/**
 * npm run bench: the echo benchmarks of issue 5 (throughput, latency, connection rate, event
 * stream, memory) and the socket-table scan, each against a baseline measured in the same run,
 * printed as one table. The load runs in a child process. For throughput, servers take turns round
 * by round and the best round of each counts, since a shared machine only ever makes a run slower;
 * latency and connection rate, which a busy moment skews in their tails, interleave many short
 * turns of both servers instead and pool them.
 *
 * Environment: BENCH_ROUNDS (2), BENCH_ECHO_MS (2500), BENCH_SCAN=0 to leave out the scan bench.
 *
 * Order matters: the connection-rate runs leave thousands of TIME_WAIT sockets for a minute, which
 * every socket-table scan must then read, so they come last and the scan bench first.
 */
import { benchConnectRate } from './echo/connect-rate-bench';
import { benchLatency } from './echo/latency-bench';
import { startLoadClient, type LoadClient } from './echo/load-client-process';
import { hasCommand } from './shared/has-command';
import { benchMemory } from './echo/memory-bench';
import { scanRows } from './scan/scan-rows';
import { runScanBench } from './scan/scan-summary';
import { combineStreams } from './echo/stream-figures';
import {
  byteExactRow,
  connectRateRow,
  latencyRows,
  memoryRows,
  streamRows,
  throughputRows,
} from './echo/echo-rows';
import { printSummary, type SummaryRow } from './shared/summary-table';
import { benchThroughput, labThroughputRun } from './echo/throughput-bench';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const ECHO_MS = Number(process.env.BENCH_ECHO_MS ?? 2500);
const WITH_SCAN = process.env.BENCH_SCAN !== '0';
const ROUND_TRIPS = 20_000;
const LATENCY_TURNS = 10;

async function echoRows(client: LoadClient, python: boolean): Promise<SummaryRow[]> {
  const echo = { durationMs: ECHO_MS, rounds: ROUNDS };
  const one = await benchThroughput(client, { ...echo, connections: 1, payload: 'random', python });
  const fifty = await benchThroughput(client, { ...echo, connections: 50, payload: 'random', python });
  const text = await benchThroughput(client, { ...echo, connections: 1, payload: 'text', python: false });
  console.log('Event stream with recv(1), the smallest buffer the Lab allows:');
  const smallest = await labThroughputRun(client, { connections: 1, durationMs: 1000, payload: 'random' }, 1);
  console.log(
    `  ${smallest.stream.batches} batches, the largest ${smallest.stream.maxJsonBytesPerBatch} bytes`,
  );
  const streams = combineStreams([one, fifty, text].flatMap((figures) => figures.streams));
  return [
    ...throughputRows(one),
    ...throughputRows(fifty),
    ...throughputRows(text),
    byteExactRow([one, fifty, text]),
    ...streamRows(streams, smallest.stream),
    ...latencyRows(
      await benchLatency(client, { roundTrips: ROUND_TRIPS, turns: LATENCY_TURNS, payload: 'random' }),
    ),
    ...latencyRows(
      await benchLatency(client, { roundTrips: ROUND_TRIPS, turns: LATENCY_TURNS, payload: 'text' }),
    ),
  ];
}

async function main(): Promise<void> {
  if (process.platform !== 'linux') throw new Error('The benchmarks read /proc: run them on Linux.');
  const started = performance.now();
  const python = await hasCommand('python3');
  if (!python) console.log('python3 not found: the lesson’s Python server is left out.');
  const rows: SummaryRow[] = [];
  if (WITH_SCAN) rows.push(...scanRows(await runScanBench()));
  const client = startLoadClient();
  try {
    rows.push(...(await echoRows(client, python)));
    rows.push(...memoryRows(await benchMemory(1000)));
    rows.push(connectRateRow(await benchConnectRate(client, { sliceMs: 300, slices: 10, parallel: 8 })));
  } finally {
    await client.close();
  }
  console.log(`\nAll benchmarks in ${((performance.now() - started) / 1000).toFixed(0)} s:\n`);
  printSummary(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
