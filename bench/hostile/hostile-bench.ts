/**
 * `npm run bench:hostile`: what other programs on this machine can make browser mode hold, run
 * against a real serve.js while its Lab echoes: 1,000 pages that never read, 10,000 startServer
 * commands, 20,000 idle connections without the token. After each, the page must still load and
 * answer, nothing the reader opened may be lost, and the back end must stay within its bounds.
 */
import { WirePage } from '../../electron/test-support/wire-page';
import { percentile } from '../shared/percentile';
import { printTable } from '../shared/print-table';
import { mib } from '../shared/process-stats';
import { rssBytes, startServe } from '../shared/serve-process';
import { holdIdleConnections } from './idle-connections';
import { openFiles } from './open-files';

const PAGES = 1000;
const SERVERS = 10_000;
const IDLE_CONNECTIONS = 20_000;
/** The back end's resident memory must stay under this through every phase. */
const RSS_BOUND_BYTES = 512 * 1024 * 1024;
const ECHO_MESSAGE = { encoding: 'hex', hex: 'ab'.repeat(16 * 1024) } as const;

const serve = await startServe();
const reader = await WirePage.open(serve.url);
const origin = new URL(serve.url).origin;

async function ok<T>(command: string, payload: unknown): Promise<T> {
  const response = await reader.call(command, payload);
  if (!response.ok) throw new Error(`${command}: ${response.error.message}`);
  return response.result as T;
}

const server = await ok<{ serverId: string; local: { port: number } }>('startServer', {
  protocol: 'tcp',
  host: '127.0.0.1',
  port: 0,
  recvBufferSize: 1024,
});
const client = await ok<{ clientId: string }>('connectClient', {
  protocol: 'tcp',
  host: '127.0.0.1',
  port: server.local.port,
  recvBufferSize: 1024,
});

// The Lab echoes throughout, so every page is offered a steady stream of batches.
let echoing = true;
const echo = (async () => {
  while (echoing) {
    await reader.call('send', { socketId: client.clientId, message: ECHO_MESSAGE });
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
})();

let peakRss = 0;
const sampler = setInterval(() => {
  void rssBytes(serve.pid).then((rss) => (peakRss = Math.max(peakRss, rss)));
}, 100);

/** The page as a user opens it: it loads, and a command round trip, in ms (median of 20). */
async function stillServing(): Promise<{ loads: boolean; roundTripMs: number; labIntact: boolean }> {
  const page = await fetch(`${origin}/`).then(
    (reply) => reply.status === 200,
    () => false,
  );
  const times: number[] = [];
  let sockets: { socketId: string }[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    const response = await reader.call('getLabState', {});
    times.push(performance.now() - started);
    if (response.ok) sockets = (response.result as { sockets: { socketId: string }[] }).sockets;
  }
  const ids = new Set(sockets.map((socket) => socket.socketId));
  return {
    loads: page,
    roundTripMs: percentile(
      [...times].sort((a, b) => a - b),
      0.5,
    ),
    labIntact: ids.has(server.serverId) && ids.has(client.clientId),
  };
}

const rows: (string | number)[][] = [
  ['phase', 'outcome', 'page loads', 'round trip ms', 'Lab intact', 'open files'],
];
async function record(phase: string, outcome: string): Promise<void> {
  const serving = await stillServing();
  rows.push([
    phase,
    outcome,
    serving.loads ? 'yes' : 'NO',
    serving.roundTripMs.toFixed(1),
    serving.labIntact ? 'yes' : 'NO',
    await openFiles(serve.pid),
  ]);
}

await record('baseline', '');

// 1. Pages that never read.
// A paused page cannot see that it was let go: the server's open files tell.
const filesBefore = await openFiles(serve.pid);
const silent: WirePage[] = [];
for (let i = 0; i < PAGES; i++) {
  const page = await WirePage.open(serve.url).catch(() => undefined);
  if (!page) continue;
  page.ws.pause();
  silent.push(page);
}
await new Promise((resolve) => setTimeout(resolve, 10_000));
const pagesHeld = (await openFiles(serve.pid)) - filesBefore;
await record(`${PAGES} pages that never read, 10 s`, `the server still holds ${pagesHeld} of them`);
silent.forEach((page) => page.close());

// 2. Servers past the Lab's socket budget.
const started: string[] = [];
let refusedServers = 0;
for (let i = 0; i < SERVERS; i++) {
  const response = await reader.call('startServer', {
    protocol: 'tcp',
    host: '127.0.0.1',
    port: 0,
    recvBufferSize: 1024,
  });
  if (response.ok) started.push((response.result as { serverId: string }).serverId);
  else refusedServers += 1;
}
await record(`${SERVERS} startServer`, `${started.length} opened, ${refusedServers} refused`);
for (const serverId of started) await reader.call('stopServer', { serverId });

// 3. Idle connections without the token.
const port = Number(new URL(serve.url).port);
let peakFiles = 0;
const idle = await holdIdleConnections(port, IDLE_CONNECTIONS, 2000, 500, async () => {
  peakFiles = Math.max(peakFiles, await openFiles(serve.pid));
});
await record(
  `${IDLE_CONNECTIONS} idle connections without the token`,
  `${idle.droppedByServer} dropped by the server; its open files peaked at ${peakFiles}`,
);

echoing = false;
await echo;
clearInterval(sampler);
printTable(rows);
const withinBound = peakRss <= RSS_BOUND_BYTES;
console.log(
  `\nBack end's peak resident memory: ${mib(peakRss)} (bound ${mib(RSS_BOUND_BYTES)}): ${withinBound ? 'met' : 'NOT met'}`,
);
reader.close();
await serve.stop();
const served = rows.slice(1).every((row) => row[2] === 'yes' && row[4] === 'yes');
process.exitCode = withinBound && served ? 0 : 1;
