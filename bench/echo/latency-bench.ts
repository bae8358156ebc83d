import { startBareNodeEcho } from './bare-node-echo';
import { pooledLatency, type LatencyResult, type LatencyRun } from './client-latency';
import type { EchoServer } from '../shared/echo-server';
import { startLabEcho } from '../shared/lab-echo';
import type { LoadClient } from './load-client-process';
import type { PayloadKind } from '../shared/payload';

const WARM_UP_ROUND_TRIPS = 5000;

export interface LatencyFigures {
  payload: PayloadKind;
  /** All of each server's turns taken together. */
  lab: LatencyResult;
  bare: LatencyResult;
}

/**
 * Both servers run side by side and take short turns, in the order A B B A ..., each turn a new
 * connection with its own warm-up, after a first unmeasured turn each; the percentiles are over all of a server's round trips. A
 * shared machine's slow moments then fall on both alike: with one long run each, a tail of a few
 * hundred round trips came and went between runs, and the p99 ratio with it (1.3x to 2.8x).
 */
export async function benchLatency(
  client: LoadClient,
  options: { roundTrips: number; turns: number; payload: PayloadKind },
): Promise<LatencyFigures> {
  const { roundTrips, turns, payload } = options;
  const perTurn = Math.ceil(roundTrips / turns);
  console.log(
    `Latency, one connection, 64-byte ping-pong of ${payload} bytes, ` +
      `${turns} turns of ${perTurn} round trips per server:`,
  );
  const lab = await startLabEcho();
  const bare = await startBareNodeEcho();
  const servers: { server: EchoServer; runs: LatencyRun[] }[] = [
    { server: lab, runs: [] },
    { server: bare, runs: [] },
  ];
  try {
    // Unmeasured: the first thousands of round trips run code not yet compiled, in the client too.
    for (const { server } of servers) {
      await client.run({
        kind: 'latency',
        port: server.port,
        roundTrips: WARM_UP_ROUND_TRIPS,
        messageBytes: 64,
        payload,
      });
    }
    for (let turn = 0; turn < turns; turn += 1) {
      for (const { server, runs } of turn % 2 === 0 ? servers : [...servers].reverse()) {
        runs.push(
          await client.run({
            kind: 'latency',
            port: server.port,
            roundTrips: perTurn,
            messageBytes: 64,
            payload,
          }),
        );
      }
    }
  } finally {
    await lab.close();
    await bare.close();
  }
  const [labResult, bareResult] = servers.map(({ server, runs }) => {
    const result = pooledLatency(runs);
    console.log(
      `  ${server.name}: p50 ${result.p50Us.toFixed(0)} µs, p99 ${result.p99Us.toFixed(0)} µs, ` +
        `max ${result.maxUs.toFixed(0)} µs${result.byteExact ? '' : ', NOT byte-exact'}`,
    );
    return result;
  });
  if (!labResult || !bareResult) throw new Error('Latency needs both servers.');
  return { payload, lab: labResult, bare: bareResult };
}
