import { once } from 'node:events';
import { connect } from 'node:net';
import { LOOPBACK } from '../shared/echo-server';

export interface ConnectRateResult {
  cycles: number;
  seconds: number;
}

/** A cycle the server must take part in: connect, end, and wait for the server to end its side too. */
async function cycle(port: number): Promise<void> {
  const socket = connect({ port, host: LOOPBACK });
  await once(socket, 'connect');
  socket.resume();
  socket.end();
  await once(socket, 'close');
}

/** `parallel` loops of connect/close cycles until the time is up (or a hard cap on cycles). */
export async function measureConnectRate(
  port: number,
  durationMs: number,
  parallel: number,
  maxCycles = 200_000,
): Promise<ConnectRateResult> {
  const started = performance.now();
  const deadline = started + durationMs;
  let cycles = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (performance.now() < deadline && cycles < maxCycles) {
        await cycle(port);
        cycles += 1;
      }
    }),
  );
  return { cycles, seconds: (performance.now() - started) / 1000 };
}
