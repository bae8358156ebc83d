import { startBareNodeEcho } from './bare-node-echo';
import type { ThroughputResult } from './client-throughput';
import type { EchoServer } from '../shared/echo-server';
import { startLabEcho } from '../shared/lab-echo';
import type { LoadClient } from './load-client-process';
import type { PayloadKind } from '../shared/payload';
import { mib } from '../shared/process-stats';
import { startPythonEcho } from './python-echo';
import { streamFigures, type StreamFigures } from './stream-figures';

export interface ThroughputOptions {
  connections: number;
  durationMs: number;
  payload: PayloadKind;
}

export interface ThroughputFigures {
  connections: number;
  payload: PayloadKind;
  /** Echoed bytes per second, the best of the rounds, per server. */
  lab: number;
  bare: number;
  python: number | undefined;
  /** Every run of every server echoed exactly what was sent. */
  byteExact: boolean;
  /** The event stream of each Lab run. */
  streams: StreamFigures[];
}

export interface LabThroughputRun {
  result: ThroughputResult;
  stream: StreamFigures;
}

export function echoedPerSecond(result: ThroughputResult): number {
  return result.bytesReceived / result.seconds;
}

/** One throughput run against a fresh Lab, reading the subscriber's totals before, at the end and once settled. */
export async function labThroughputRun(
  client: LoadClient,
  options: ThroughputOptions,
  recvBufferSize?: number,
): Promise<LabThroughputRun> {
  const server = await startLabEcho(recvBufferSize);
  try {
    const start = server.recorder.read();
    const result = await client.run({ kind: 'throughput', port: server.port, ...options });
    const during = server.recorder.read();
    await server.recorder.settled();
    return { result, stream: streamFigures(start, during, server.recorder.read(), result) };
  } finally {
    await server.close();
  }
}

async function baselineRun(
  start: () => Promise<EchoServer>,
  client: LoadClient,
  options: ThroughputOptions,
): Promise<ThroughputResult> {
  const server = await start();
  try {
    return await client.run({ kind: 'throughput', port: server.port, ...options });
  } finally {
    await server.close();
  }
}

function log(name: string, result: ThroughputResult): void {
  console.log(
    `  ${name}: ${mib(echoedPerSecond(result))} MiB/s over ${result.seconds.toFixed(2)} s, ` +
      `${result.byteExact ? 'byte-exact' : 'NOT byte-exact'}`,
  );
}

/** Lab, bare Node and (when python3 exists) the lesson's server, taking turns for `rounds` rounds. */
export async function benchThroughput(
  client: LoadClient,
  options: ThroughputOptions & { rounds: number; python: boolean },
): Promise<ThroughputFigures> {
  const { connections, durationMs, payload, rounds } = options;
  const run = { connections, durationMs, payload };
  const figures: ThroughputFigures = {
    connections,
    payload,
    lab: 0,
    bare: 0,
    python: undefined,
    byteExact: true,
    streams: [],
  };
  console.log(
    `Echo throughput, ${connections} connection(s), 64 KiB writes of ${payload} bytes for ${durationMs} ms:`,
  );
  for (let round = 0; round < rounds; round += 1) {
    const lab = await labThroughputRun(client, run);
    log('Lab', lab.result);
    figures.lab = Math.max(figures.lab, echoedPerSecond(lab.result));
    figures.streams.push(lab.stream);
    const bare = await baselineRun(startBareNodeEcho, client, run);
    log('bare Node', bare);
    figures.bare = Math.max(figures.bare, echoedPerSecond(bare));
    figures.byteExact &&= lab.result.byteExact && bare.byteExact;
    if (options.python) {
      const python = await baselineRun(startPythonEcho, client, run);
      log('Python', python);
      figures.python = Math.max(figures.python ?? 0, echoedPerSecond(python));
      figures.byteExact &&= python.byteExact;
    }
  }
  return figures;
}
