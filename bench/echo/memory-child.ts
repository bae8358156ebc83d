/**
 * Run with --expose-gc: `node --expose-gc memory-child.js lab|bare [connections] [settle-seconds]`.
 * Measures this process after a warm-up, with the connections open, just after closing them, and
 * settle-seconds later (by default once Linux has let go of their TIME_WAIT sockets), forcing GC
 * before each sample, and sends the report to its parent.
 */
import type { BackendApi } from '../../electron/backend/backend-api';
import { DEFAULT_RECV_BUFFER } from '../../electron/contract/commands';
import { commandResultOrThrow } from '../shared/command-result';
import { LOOPBACK } from '../shared/echo-server';
import { startLabEcho } from '../shared/lab-echo';
import { openLoopbackConnections } from '../shared/loopback-connections';
import type { MemoryReport } from './memory-protocol';
import { sampleProcess, type ProcessSample } from '../shared/process-stats';

const WARM_UP_CONNECTIONS = 50;
/** How many connects are in flight at once, so the listen backlog never overflows. */
const BATCH = 100;

/** Linux keeps a closed connection's TIME_WAIT socket for 60 s. */
const TIME_WAIT_SECONDS = 60;

const gc = (globalThis as { gc?: () => void }).gc;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Lets timers (event batches, socket-table scans) run, then collects garbage twice and samples. */
async function settledSample(extraMs = 0): Promise<ProcessSample> {
  if (!gc) throw new Error('Run memory-child.js with --expose-gc.');
  await sleep(1500 + extraMs);
  gc();
  await sleep(100);
  gc();
  return sampleProcess();
}

async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await sleep(50);
  }
}

async function openLabClients(backend: BackendApi, port: number, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let opened = 0; opened < count; opened += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - opened) }, () =>
      commandResultOrThrow(backend, 'connectClient', {
        protocol: 'tcp',
        host: LOOPBACK,
        port,
        recvBufferSize: DEFAULT_RECV_BUFFER,
      }),
    );
    ids.push(...(await Promise.all(batch)).map((client) => client.clientId));
  }
  for (const socketId of ids) {
    await commandResultOrThrow(backend, 'send', {
      socketId,
      message: { encoding: 'text', text: 'Hello world!' },
    });
  }
  return ids;
}

async function openSockets(backend: BackendApi): Promise<number> {
  const { sockets } = await commandResultOrThrow(backend, 'getLabState', {});
  return sockets.filter((socket) => socket.state === 'open').length;
}

async function closeLabClients(backend: BackendApi, ids: string[]): Promise<void> {
  await Promise.all(ids.map((socketId) => commandResultOrThrow(backend, 'closeSocket', { socketId })));
  await waitFor(async () => (await openSockets(backend)) === 0, 'every Lab socket to close');
}

async function measureLab(
  connections: number,
  settleMs: number,
): Promise<Omit<MemoryReport, 'mode' | 'connections'>> {
  const lab = await startLabEcho();
  const { backend, port } = lab;
  await closeLabClients(backend, await openLabClients(backend, port, WARM_UP_CONNECTIONS));
  const start = await settledSample();
  const ids = await openLabClients(backend, port, connections);
  await waitFor(
    async () => (await openSockets(backend)) === connections * 2,
    'every connection to be accepted',
  );
  const open = await settledSample();
  await closeLabClients(backend, ids);
  const closed = await settledSample();
  const settled = await settledSample(settleMs);
  await lab.close();
  return { start, open, closed, settled };
}

async function measureBare(
  connections: number,
  settleMs: number,
): Promise<Omit<MemoryReport, 'mode' | 'connections'>> {
  await (await openLoopbackConnections(WARM_UP_CONNECTIONS)).close();
  const start = await settledSample();
  const opened = await openLoopbackConnections(connections);
  const open = await settledSample();
  await opened.close();
  const closed = await settledSample();
  const settled = await settledSample(settleMs);
  return { start, open, closed, settled };
}

async function main(): Promise<void> {
  const mode = process.argv[2] === 'bare' ? 'bare' : 'lab';
  const connections = Number(process.argv[3] ?? 1000);
  const settleMs = Number(process.argv[4] ?? TIME_WAIT_SECONDS) * 1000;
  const measure = mode === 'lab' ? measureLab : measureBare;
  const samples = await measure(connections, settleMs);
  const report: MemoryReport = { mode, connections, ...samples };
  process.send?.(report);
  process.disconnect?.();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
