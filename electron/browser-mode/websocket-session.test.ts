import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { SocketTableUpdate } from '../contract/socket-table-stream';
import type { LabEventBatch, StreamEnvelope } from '../contract/streams';
import { createDrivenBackend } from '../test-support/driven-backend';
import { startBrowserMode, type BrowserModeServer } from './index';
import { DEFAULT_PAGE_LIMITS } from './page-limits';

const MAX_BUFFERED_BYTES = DEFAULT_PAGE_LIMITS.maxUnsentPerPage;

function batchOfBytes(bytes: number): LabEventBatch {
  return { events: [{ type: 'closed', seq: 1, at: 0, socketId: 'x'.repeat(bytes), hadError: false }] };
}

const STATS = { rows: 0, skippedLines: 0, durationMs: 1, pidMapped: true };

let server: BrowserModeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function openPage(started: BrowserModeServer): Promise<WebSocket> {
  const token = new URLSearchParams(new URL(started.url).hash.slice(1)).get('token') ?? '';
  const ws = new WebSocket(`ws://127.0.0.1:${started.port}/api?token=${token}`, {
    headers: { Origin: `http://127.0.0.1:${started.port}` },
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return ws;
}

describe('WebSocket session', () => {
  it('closes a page that stops reading with 1013 instead of buffering its events without limit', async () => {
    const { backend, listenerCount, emit } = createDrivenBackend();
    server = await startBrowserMode({ backend, port: 0 });
    const page = await openPage(server);
    let received = 0;
    page.on('message', () => received++);
    const closed = new Promise<number>((resolve) => page.once('close', resolve));

    page.pause();
    const batches = 4 * Math.ceil(MAX_BUFFERED_BYTES / (1024 * 1024));
    for (let i = 0; i < batches; i++) emit('lab', batchOfBytes(1024 * 1024));
    page.resume();

    expect(await closed).toBe(1013);
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(batches);
    await expect.poll(() => listenerCount()).toBe(0);
  });

  it('holds back socket-table changes from a page that is behind, but never its Lab events', async () => {
    const { backend, emit } = createDrivenBackend();
    server = await startBrowserMode({ backend, port: 0 });
    const page = await openPage(server);
    const received: StreamEnvelope[] = [];
    page.on('message', (data: Buffer) =>
      received.push((JSON.parse(String(data)) as { envelope: StreamEnvelope }).envelope),
    );
    const tableChange = (version: number): SocketTableUpdate => ({
      change: {
        fromVersion: version - 1,
        version,
        diff: { added: [], removed: [], changed: [] },
        stats: STATS,
      },
    });

    page.pause();
    // A first batch far larger than the page can take at once (the kernel's socket buffers on
    // loopback absorb a few MiB of it, so it must be well past behindBytes, yet below the
    // cut-off), then table changes and a Lab event.
    emit('lab', batchOfBytes(MAX_BUFFERED_BYTES / 2));
    for (let version = 1; version <= 5; version++) emit('socket-table', tableChange(version));
    emit('socket-table', {
      ...tableChange(6),
      scanError: { kind: 'scan-failed', detail: 'netstat timed out' },
    });
    emit('lab', batchOfBytes(10));
    page.resume();

    // Parsing 16 MiB on a loaded machine can take longer than a poll's default second.
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(3);
    expect(received.map(({ stream }) => stream)).toEqual(['lab', 'socket-table', 'lab']);
    // Of the held-back table, only the scan error reaches the page.
    expect(received[1]?.batch).toEqual({ scanError: { kind: 'scan-failed', detail: 'netstat timed out' } });
    const last = received[2];
    expect(last?.stream === 'lab' && last.batch.events[0]?.socketId).toBe('x'.repeat(10));
    // Caught up: changes flow again.
    emit('socket-table', tableChange(7));
    await expect
      .poll(() => {
        const envelope = received.at(-1);
        return envelope?.stream === 'socket-table' ? envelope.batch.change?.version : undefined;
      })
      .toBe(7);
    expect(page.readyState).toBe(WebSocket.OPEN);
  });

  it('stops sending a page events once it has gone, and serves several pages at once', async () => {
    const { backend, listenerCount, emit } = createDrivenBackend();
    server = await startBrowserMode({ backend, port: 0 });
    const first = await openPage(server);
    const second = await openPage(server);
    // One subscription serves every page.
    expect(listenerCount('lab')).toBe(1);
    expect(listenerCount('socket-table')).toBe(1);

    const nextMessage = (ws: WebSocket) =>
      new Promise((resolve) => ws.once('message', (data) => resolve(String(data))));
    const both = Promise.all([nextMessage(first), nextMessage(second)]);
    emit('lab', batchOfBytes(8));
    const expected = JSON.stringify({ type: 'stream', envelope: { stream: 'lab', batch: batchOfBytes(8) } });
    expect(await both).toEqual([expected, expected]);

    first.close();
    await new Promise((resolve) => first.once('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listenerCount('lab')).toBe(1);
    second.close();
    await expect.poll(() => listenerCount()).toBe(0);
  });
});
