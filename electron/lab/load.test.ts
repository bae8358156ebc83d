import { createHash, randomBytes, randomInt } from 'node:crypto';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LabEventTally } from '../test-support/lab-event-tally';
import { LESSON_SOCKET } from '../test-support/lab-requests';
import { describeRows, openKernelTcpRowsOnPort } from '../test-support/os-tcp-table';
import { Lab } from './lab';

const CLIENTS = 1000;
const MESSAGES_PER_CLIENT = 100;
/** Small messages keep 100,000 round trips within a few seconds on two cores. */
const MAX_MESSAGE_BYTES = 200;
/** Connects in flight at once: well under the listen backlog (511), so no SYN is dropped and retried. */
const CONNECT_BATCH = 100;

let lab: Lab | undefined;
let sockets: Socket[] = [];

afterEach(async () => {
  sockets.forEach((socket) => socket.destroy());
  sockets = [];
  await lab?.closeAll();
  lab = undefined;
});

/** Random sizes from 1 to MAX_MESSAGE_BYTES, filled with random bytes. */
function randomMessages(): Buffer[] {
  return Array.from({ length: MESSAGES_PER_CLIENT }, () => randomBytes(randomInt(1, MAX_MESSAGE_BYTES + 1)));
}

async function connectAll(port: number): Promise<Socket[]> {
  const connected: Socket[] = [];
  for (let start = 0; start < CLIENTS; start += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, CLIENTS - start) }, () => {
      const socket = connect({ host: '127.0.0.1', port });
      sockets.push(socket);
      return once(socket, 'connect').then(() => socket);
    });
    connected.push(...(await Promise.all(batch)));
  }
  return connected;
}

/**
 * Sends each message only once the previous one has fully come back (ping-pong), hashing
 * what went out and what came in; resolves with both hashes.
 */
function echoEach(socket: Socket, messages: readonly Buffer[]): Promise<{ sent: string; received: string }> {
  const sentHash = createHash('sha256');
  const receivedHash = createHash('sha256');
  let receivedBytes = 0;
  let expectedBytes = 0;
  let next = 0;
  return new Promise((resolve, reject) => {
    const sendNext = () => {
      const message = messages[next];
      next += 1;
      if (!message) {
        socket.off('data', onData);
        resolve({ sent: sentHash.digest('hex'), received: receivedHash.digest('hex') });
        return;
      }
      sentHash.update(message);
      expectedBytes += message.length;
      socket.write(message);
    };
    const onData = (chunk: Buffer) => {
      receivedHash.update(chunk);
      receivedBytes += chunk.length;
      if (receivedBytes > expectedBytes) reject(new Error('More bytes came back than were sent.'));
      else if (receivedBytes === expectedBytes) sendNext();
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('Closed before every echo came back.')));
    sendNext();
  });
}

describe('load: 1,000 concurrent clients on the Lab echo server', () => {
  it(`echoes ${MESSAGES_PER_CLIENT} random messages per client byte-exact, then leaves no socket open in the OS`, async () => {
    const tally = new LabEventTally();
    lab = new Lab(tally.emit);
    const { serverId, local } = await lab.startServer(LESSON_SOCKET);

    const clients = await connectAll(local.port);
    await expect
      .poll(() => lab?.describe().filter((s) => s.role === 'accepted').length, { timeout: 10_000 })
      .toBe(CLIENTS);
    const acceptedIds = (lab.describe() ?? []).filter((s) => s.role === 'accepted').map((s) => s.socketId);

    const payloads = clients.map(() => randomMessages());
    const hashes = await Promise.all(clients.map((socket, index) => echoEach(socket, payloads[index] ?? [])));
    const mismatched = hashes.filter(({ sent, received }) => sent !== received);
    expect(mismatched).toHaveLength(0);
    const totalBytes = payloads.flat().reduce((sum, message) => sum + message.length, 0);
    const echoed = lab
      .describe()
      .filter((s) => s.role === 'accepted')
      .reduce((sum, s) => sum + s.bytesSent, 0);
    expect(echoed).toBe(totalBytes);

    // Each client half-closes; the Lab's accepted socket ends its side too, as the lesson's server does.
    await Promise.all(
      clients.map((socket) => {
        socket.end();
        socket.resume();
        return once(socket, 'close');
      }),
    );
    await expect.poll(() => acceptedIds.every((id) => tally.closed.has(id)), { timeout: 10_000 }).toBe(true);
    expect(lab.describe().map((s) => s.socketId)).toEqual([serverId]);
    const leftOpen = await openKernelTcpRowsOnPort(local.port);
    expect(describeRows(leftOpen)).toEqual([`LISTEN 127.0.0.1:${local.port} -> 0.0.0.0:0`]);

    await lab.stopServer(serverId);
    expect(describeRows(await openKernelTcpRowsOnPort(local.port))).toEqual([]);
    expect(tally.errors).toEqual([]);
    expect(tally.counts.get('accepted')).toBe(CLIENTS);
  }, 60_000);
});
