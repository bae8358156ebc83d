import { startBareNodeEcho } from './bare-node-echo';
import type { LatencyResult } from './client-latency';
import type { EchoServer } from './echo-server';
import { startLabEcho } from './lab-echo';
import type { LoadClient } from './load-client-process';
import type { PayloadKind } from './payload';

export interface LatencyFigures {
  payload: PayloadKind;
  /** The round with the lowest p99, per server. */
  lab: LatencyResult;
  bare: LatencyResult;
}

async function measure(
  start: () => Promise<EchoServer>,
  client: LoadClient,
  roundTrips: number,
  payload: PayloadKind,
): Promise<LatencyResult> {
  const server = await start();
  try {
    const result = await client.run({
      kind: 'latency',
      port: server.port,
      roundTrips,
      messageBytes: 64,
      payload,
    });
    console.log(
      `  ${server.name}: p50 ${result.p50Us.toFixed(0)} µs, p99 ${result.p99Us.toFixed(0)} µs, ` +
        `max ${result.maxUs.toFixed(0)} µs${result.byteExact ? '' : ', NOT byte-exact'}`,
    );
    return result;
  } finally {
    await server.close();
  }
}

function better(a: LatencyResult | undefined, b: LatencyResult): LatencyResult {
  return a && a.p99Us <= b.p99Us ? a : b;
}

export async function benchLatency(
  client: LoadClient,
  options: { roundTrips: number; rounds: number; payload: PayloadKind },
): Promise<LatencyFigures> {
  const { roundTrips, payload } = options;
  console.log(`Latency, one connection, 64-byte ping-pong of ${payload} bytes, ${roundTrips} round trips:`);
  let lab: LatencyResult | undefined;
  let bare: LatencyResult | undefined;
  for (let round = 0; round < options.rounds; round += 1) {
    lab = better(lab, await measure(startLabEcho, client, roundTrips, payload));
    bare = better(bare, await measure(startBareNodeEcho, client, roundTrips, payload));
  }
  if (!lab || !bare) throw new Error('Latency needs at least one round.');
  return { payload, lab, bare };
}
