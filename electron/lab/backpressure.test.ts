import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { LabEventTally } from '../test-support/lab-event-tally';
import { LESSON_SOCKET } from '../test-support/lab-requests';
import { Lab } from './lab';

const TOTAL_BYTES = 200 * 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;
/** Without backpressure the server would buffer up to the whole 200 MB for a client that reads nothing. */
const RSS_GROWTH_BOUND = 150 * 1024 * 1024;
/** No drain for this long means the client's writes are stuck behind full buffers on both sides. */
const STALL_MS = 1000;

let lab: Lab | undefined;
let client: Socket | undefined;

afterEach(async () => {
  client?.destroy();
  client = undefined;
  await lab?.closeAll();
  lab = undefined;
});

/** Writes TOTAL_BYTES of random bytes, waiting for 'drain' whenever the socket asks it to. */
class Writer {
  readonly hash = createHash('sha256');
  written = 0;
  lastProgressAt = performance.now();
  readonly done: Promise<void>;

  constructor(private readonly socket: Socket) {
    this.done = this.run();
  }

  private async run(): Promise<void> {
    while (this.written < TOTAL_BYTES) {
      const chunk = randomBytes(Math.min(CHUNK_BYTES, TOTAL_BYTES - this.written));
      this.hash.update(chunk);
      this.written += chunk.length;
      this.lastProgressAt = performance.now();
      if (!this.socket.write(chunk)) await once(this.socket, 'drain');
    }
    this.socket.end();
  }
}

function stalled(writer: Writer): boolean {
  return performance.now() - writer.lastProgressAt > STALL_MS;
}

describe('backpressure: a client that stops reading what the echo server sends back', () => {
  it('makes the server stop reading, keeps memory bounded, and loses nothing of 200 MB once it reads again', async () => {
    const tally = new LabEventTally();
    lab = new Lab(tally.emit);
    const { local } = await lab.startServer(LESSON_SOCKET);
    const socket = connect({ host: '127.0.0.1', port: local.port });
    client = socket;
    socket.pause();
    await once(socket, 'connect');

    const baselineRss = process.memoryUsage.rss();
    let peakRss = baselineRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
    try {
      const writer = new Writer(socket);
      await expect.poll(() => stalled(writer), { timeout: 10_000, interval: 50 }).toBe(true);
      const accepted = () => lab?.describe().find((s) => s.role === 'accepted');
      const receivedBefore = accepted()?.bytesReceived ?? 0;
      await sleep(STALL_MS);
      // The accepted socket has stopped taking bytes in: only the kernel buffers hold the rest.
      expect(accepted()?.bytesReceived).toBe(receivedBefore);
      expect(receivedBefore).toBeLessThan(TOTAL_BYTES / 4);
      expect(writer.written).toBeLessThan(TOTAL_BYTES / 4);

      const receivedHash = createHash('sha256');
      let receivedBytes = 0;
      socket.on('data', (chunk: Buffer) => {
        receivedHash.update(chunk);
        receivedBytes += chunk.length;
      });
      const closed = once(socket, 'close');
      socket.resume();
      await writer.done;
      await closed;
      expect(receivedBytes).toBe(TOTAL_BYTES);
      expect(receivedHash.digest('hex')).toBe(writer.hash.digest('hex'));
      expect(peakRss - baselineRss).toBeLessThan(RSS_GROWTH_BOUND);
      expect(tally.errors).toEqual([]);
    } finally {
      clearInterval(sampler);
    }
  }, 40_000);
});
