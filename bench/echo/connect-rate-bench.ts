import { startBareNodeEcho } from './bare-node-echo';
import type { EchoServer } from '../shared/echo-server';
import { startLabEcho } from '../shared/lab-echo';
import type { LoadClient } from './load-client-process';

export interface ConnectRateFigures {
  /** Connect/close cycles per second over all of each server's slices. */
  lab: number;
  bare: number;
}

interface Tally {
  cycles: number;
  seconds: number;
}

async function runSlice(
  client: LoadClient,
  server: EchoServer,
  tally: Tally,
  sliceMs: number,
  parallel: number,
) {
  const { cycles, seconds } = await client.run({
    kind: 'connect-rate',
    port: server.port,
    durationMs: sliceMs,
    parallel,
  });
  tally.cycles += cycles;
  tally.seconds += seconds;
}

/**
 * Both servers run side by side and take short turns, in the order A B B A ..., so that both meet
 * the same machine: every cycle leaves a TIME_WAIT socket for a minute, and the kernel's growing
 * table slows each later connect(). Long turns gave whichever server went first a head start.
 */
export async function benchConnectRate(
  client: LoadClient,
  options: { sliceMs: number; slices: number; parallel: number },
): Promise<ConnectRateFigures> {
  const { sliceMs, slices, parallel } = options;
  console.log(
    `Connection rate, ${parallel} clients in parallel doing connect, end, wait for the server's end; ` +
      `${slices} turns of ${sliceMs} ms each:`,
  );
  const lab = await startLabEcho();
  const bare = await startBareNodeEcho();
  const turns = [
    { server: lab, tally: { cycles: 0, seconds: 0 } },
    { server: bare, tally: { cycles: 0, seconds: 0 } },
  ];
  try {
    for (let slice = 0; slice < slices; slice += 1) {
      for (const { server, tally } of slice % 2 === 0 ? turns : [...turns].reverse()) {
        await runSlice(client, server, tally, sliceMs, parallel);
      }
    }
  } finally {
    await lab.close();
    await bare.close();
  }
  const [labRate, bareRate] = turns.map(({ server, tally }) => {
    const rate = tally.cycles / tally.seconds;
    console.log(
      `  ${server.name}: ${tally.cycles} cycles in ${tally.seconds.toFixed(2)} s, ${rate.toFixed(0)}/s`,
    );
    return rate;
  });
  return { lab: labRate ?? 0, bare: bareRate ?? 0 };
}
