import { startBareNodeEcho } from './bare-node-echo';
import type { EchoServer } from './echo-server';
import { startLabEcho } from './lab-echo';
import type { LoadClient } from './load-client-process';

export interface ConnectRateFigures {
  /** Connect/close cycles per second, the best of the rounds. */
  lab: number;
  bare: number;
}

async function measure(
  start: () => Promise<EchoServer>,
  client: LoadClient,
  durationMs: number,
  parallel: number,
): Promise<number> {
  const server = await start();
  try {
    const { cycles, seconds } = await client.run({
      kind: 'connect-rate',
      port: server.port,
      durationMs,
      parallel,
    });
    console.log(
      `  ${server.name}: ${cycles} cycles in ${seconds.toFixed(2)} s, ${(cycles / seconds).toFixed(0)}/s`,
    );
    return cycles / seconds;
  } finally {
    await server.close();
  }
}

export async function benchConnectRate(
  client: LoadClient,
  options: { durationMs: number; parallel: number; rounds: number },
): Promise<ConnectRateFigures> {
  const { durationMs, parallel, rounds } = options;
  console.log(
    `Connection rate, ${parallel} clients in parallel doing connect, end, wait for the server's end:`,
  );
  const figures: ConnectRateFigures = { lab: 0, bare: 0 };
  for (let round = 0; round < rounds; round += 1) {
    figures.lab = Math.max(figures.lab, await measure(startLabEcho, client, durationMs, parallel));
    figures.bare = Math.max(figures.bare, await measure(startBareNodeEcho, client, durationMs, parallel));
  }
  return figures;
}
