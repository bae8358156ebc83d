/**
 * `node connection-churn.js PER_SECOND`, forked by churn-process.ts: a loopback listener of its
 * own and PER_SECOND connections a second to it, each closed as soon as it is up, so that the
 * machine's socket table changes at every scan (each close leaves a TIME_WAIT row). A process of
 * its own, so that the page and the back end it loads share no event loop with it. Stops when
 * its parent sends 'stop', and replies with what it did.
 */
import { once } from 'node:events';
import { connect, createServer, type AddressInfo } from 'node:net';
import type { ChurnMessage } from './churn-protocol';

const PER_SECOND = Number(process.argv[2]);
const TICK_MS = 5;

async function main(): Promise<void> {
  if (!(PER_SECOND > 0)) throw new Error('Usage: connection-churn.js PER_SECOND');
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.resume();
    socket.on('end', () => socket.end());
  });
  server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  let started = 0;
  let cycles = 0;
  let failed = 0;
  const cycle = () => {
    started += 1;
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.once('connect', () => socket.end());
    socket.resume();
    socket.once('close', (hadError) => (hadError ? (failed += 1) : (cycles += 1)));
  };
  const begun = performance.now();
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - begun) / 1000) * PER_SECOND);
    while (started < due) cycle();
  }, TICK_MS);
  process.send?.({ kind: 'churning' } satisfies ChurnMessage);
  process.once('message', async () => {
    clearInterval(timer);
    const seconds = (performance.now() - begun) / 1000;
    while (cycles + failed < started) await new Promise((resolve) => setTimeout(resolve, 10));
    server.close();
    process.send?.({ kind: 'stopped', result: { cycles, failed, seconds } } satisfies ChurnMessage);
    process.disconnect?.();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
