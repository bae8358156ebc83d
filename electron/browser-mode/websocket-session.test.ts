import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { BackendApi } from '../backend/backend-api';
import type { EventBatch } from '../contract/events';
import { startBrowserMode, type BrowserModeServer } from './index';
import { MAX_BUFFERED_BYTES } from './websocket-session';

/** A back end whose event stream the test drives directly, to flood or watch its subscribers. */
function createBroadcastBackend() {
  const listeners = new Set<(batch: EventBatch) => void>();
  const backend: BackendApi = {
    handle: () => Promise.resolve({ ok: true, result: {} }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => Promise.resolve(),
  };
  return {
    backend,
    listeners,
    broadcast: (batch: EventBatch) => listeners.forEach((deliver) => deliver(batch)),
  };
}

function batchOfBytes(bytes: number): EventBatch {
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
    const { backend, listeners, broadcast } = createBroadcastBackend();
    server = await startBrowserMode({ backend, port: 0 });
    const page = await openPage(server);
    let received = 0;
    page.on('message', () => received++);
    const closed = new Promise<number>((resolve) => page.once('close', resolve));

    page.pause();
    const batches = 4 * Math.ceil(MAX_BUFFERED_BYTES / (1024 * 1024));
    for (let i = 0; i < batches; i++) broadcast(batchOfBytes(1024 * 1024));
    page.resume();

    expect(await closed).toBe(1013);
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(batches);
    await expect.poll(() => listeners.size).toBe(0);
  });

  it('holds back socket-table changes from a page that is behind, but never its Lab events', async () => {
    const { backend, broadcast } = createBroadcastBackend();
    server = await startBrowserMode({ backend, port: 0 });
    const page = await openPage(server);
    const received: EventBatch[] = [];
    page.on('message', (data: Buffer) =>
      received.push((JSON.parse(String(data)) as { batch: EventBatch }).batch),
    );
    const tableChange = (version: number): EventBatch => ({
      events: [],
      socketTable: {
        change: {
          fromVersion: version - 1,
          version,
          diff: { added: [], removed: [], changed: [] },
          stats: STATS,
        },
      },
    });

    page.pause();
    // A first batch far larger than the page can take at once (the kernel's socket buffers on
    // loopback absorb a few MiB of it, so it must be well past TABLE_BEHIND_BYTES, yet below the
    // cut-off), then table changes and a Lab event.
    broadcast(batchOfBytes(MAX_BUFFERED_BYTES / 2));
    for (let version = 1; version <= 5; version++) broadcast(tableChange(version));
    broadcast(batchOfBytes(10));
    page.resume();

    // Parsing 16 MiB on a loaded machine can take longer than a poll's default second.
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2);
    expect(received.map((batch) => batch.socketTable)).toEqual([undefined, undefined]);
    expect(received[1]?.events[0]?.socketId).toBe('x'.repeat(10));
    // Caught up: changes flow again.
    broadcast(tableChange(6));
    await expect.poll(() => received.at(-1)?.socketTable?.change?.version).toBe(6);
    expect(page.readyState).toBe(WebSocket.OPEN);
  });

  it('stops sending a page events once it has gone, and serves several pages at once', async () => {
    const { backend, listeners, broadcast } = createBroadcastBackend();
    server = await startBrowserMode({ backend, port: 0 });
    const first = await openPage(server);
    const second = await openPage(server);
    expect(listeners.size).toBe(2);

    const nextMessage = (ws: WebSocket) =>
      new Promise((resolve) => ws.once('message', (data) => resolve(String(data))));
    const both = Promise.all([nextMessage(first), nextMessage(second)]);
    broadcast(batchOfBytes(8));
    const expected = JSON.stringify({ type: 'events', batch: batchOfBytes(8) });
    expect(await both).toEqual([expected, expected]);

    first.close();
    await new Promise((resolve) => first.once('close', resolve));
    await expect.poll(() => listeners.size).toBe(1);
    second.close();
    await expect.poll(() => listeners.size).toBe(0);
  });
});
