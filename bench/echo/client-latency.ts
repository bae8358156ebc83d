import { once } from 'node:events';
import { connect } from 'node:net';
import { LOOPBACK } from '../shared/echo-server';
import { message as makeMessage, type PayloadKind } from '../shared/payload';
import { percentile } from '../shared/percentile';

export interface LatencyRun {
  /** Each round trip's time in microseconds, in the order measured. */
  samplesUs: number[];
  byteExact: boolean;
}

export interface LatencyResult {
  roundTrips: number;
  /** Round-trip times in microseconds. */
  p50Us: number;
  p99Us: number;
  maxUs: number;
  byteExact: boolean;
}

/**
 * Round trips not counted at the start of each connection: they also absorb the Lab's last batch
 * of the previous turn, which goes out up to 16 ms after its last event.
 */
const WARM_UP_ROUND_TRIPS = 500;

/** The percentiles of runs taken together, as one set of round trips. */
export function pooledLatency(runs: readonly LatencyRun[]): LatencyResult {
  const samples = runs.flatMap((run) => run.samplesUs).sort((a, b) => a - b);
  return {
    roundTrips: samples.length,
    p50Us: percentile(samples, 0.5),
    p99Us: percentile(samples, 0.99),
    maxUs: samples[samples.length - 1] ?? Number.NaN,
    byteExact: runs.every((run) => run.byteExact),
  };
}

/** One connection, one message at a time: send it, wait for all of it to come back, repeat. */
export async function measureLatency(
  port: number,
  roundTrips: number,
  messageBytes: number,
  payload: PayloadKind,
): Promise<LatencyRun> {
  const socket = connect({ port, host: LOOPBACK, noDelay: true });
  await once(socket, 'connect');
  const message = makeMessage(payload, messageBytes);
  let reply: Buffer[] = [];
  let replyBytes = 0;
  let replied: (() => void) | undefined;
  socket.on('data', (chunk: Buffer) => {
    reply.push(chunk);
    replyBytes += chunk.length;
    if (replyBytes >= messageBytes) replied?.();
  });
  const failed = new Promise<never>((_, reject) => socket.once('error', reject));
  const samples: number[] = [];
  let byteExact = true;
  try {
    for (let i = 0; i < WARM_UP_ROUND_TRIPS + roundTrips; i += 1) {
      const started = process.hrtime.bigint();
      const echoed = new Promise<void>((resolve) => {
        replied = resolve;
      });
      socket.write(message);
      await Promise.race([echoed, failed]);
      const micros = Number(process.hrtime.bigint() - started) / 1000;
      if (i >= WARM_UP_ROUND_TRIPS) samples.push(micros);
      byteExact &&= Buffer.concat(reply).equals(message);
      reply = [];
      replyBytes = 0;
    }
  } finally {
    socket.destroy();
  }
  return { samplesUs: samples, byteExact };
}
