import { once } from 'node:events';
import { connect, createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { SocketRow } from '../contract/socket-table';
import type { SocketTableChange } from '../contract/socket-table-stream';
import type { SocketScanner } from './scanner-types';
import type { BackendApi } from '../backend/backend-api';
import { createBackend } from '../backend/create-backend';
import { SCAN_TIME_SHARE_INVERSE, SocketTableFeed } from './feed';
import { createInThreadTracker } from './tracker';
import { runsOn } from '../test-support/platform-skip';

let backend: BackendApi | undefined;
afterEach(async () => {
  await backend?.close();
  backend = undefined;
});

async function eventually<T>(find: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(
  !runsOn(
    'linux',
    'the live socket table with real sockets',
    'The feed logic is tested with a fake scanner above.',
  ),
)('the live socket table, with real sockets', () => {
  it("shows the Lab server's LISTEN row tagged as the Lab's, then removes it when the server stops", async () => {
    const api = createBackend({ scanIntervalMs: 200 });
    backend = api;
    const changes: SocketTableChange[] = [];
    api.subscribe('socket-table', (update) => update.change && changes.push(update.change));
    const snapshot = await api.handle('getSocketTable', {});
    expect(snapshot.ok).toBe(true);

    const started = await api.handle('startServer', {
      protocol: 'tcp',
      host: '127.0.0.1',
      port: 0,
      recvBufferSize: 1024,
    });
    if (!started.ok) throw new Error(started.error.message);
    const { serverId, local } = started.result as { serverId: string; local: { port: number } };
    const isOurListener = (row: SocketRow) => row.localPort === local.port && row.state === 'LISTEN';

    const added = await eventually(
      () => changes.flatMap((change) => change.diff.added.concat(change.diff.changed)).find(isOurListener),
      'the LISTEN row',
    );
    expect(added).toMatchObject({
      protocol: 'tcp',
      localAddress: '127.0.0.1',
      pid: process.pid,
      labSocketId: serverId,
    });

    await api.handle('stopServer', { serverId });
    await eventually(
      () => changes.find((change) => change.diff.removed.includes(added.key)),
      'the LISTEN row to go',
    );
    // Versions follow on from each other, so a view can tell when it missed one.
    changes.forEach(
      (change, index) => index > 0 && expect(change.fromVersion).toBe(changes[index - 1]?.version),
    );
  });

  it('tags both ends of a Lab connection', async () => {
    const api = createBackend({ scanIntervalMs: 200 });
    backend = api;
    const rows = new Map<string, SocketRow>();
    api.subscribe('socket-table', (update) =>
      update.change?.diff.added.concat(update.change.diff.changed).forEach((row) => rows.set(row.key, row)),
    );
    const started = await api.handle('startServer', {
      protocol: 'tcp',
      host: '127.0.0.1',
      port: 0,
      recvBufferSize: 1024,
    });
    if (!started.ok) throw new Error(started.error.message);
    const { port } = (started.result as { local: { port: number } }).local;
    const connected = await api.handle('connectClient', {
      protocol: 'tcp',
      host: '127.0.0.1',
      port,
      recvBufferSize: 1024,
    });
    if (!connected.ok) throw new Error(connected.error.message);
    const { clientId } = connected.result as { clientId: string };
    const tags = await eventually(() => {
      const found = [...rows.values()]
        .filter((row) => row.state === 'ESTABLISHED' && row.labSocketId)
        .map((row) => row.labSocketId);
      return found.length === 2 ? found.sort() : undefined;
    }, 'two tagged ESTABLISHED rows');
    expect(tags).toEqual(['conn-1', clientId].sort());
  });
});

describe('SocketTableFeed', () => {
  const row = (port: number, state = 'LISTEN'): SocketRow => ({
    key: `tcp|${port}`,
    protocol: 'tcp',
    localAddress: '127.0.0.1',
    localPort: port,
    remoteAddress: '0.0.0.0',
    remotePort: 0,
    state,
  });

  function scripted(...scans: SocketRow[][]): SocketScanner {
    let call = 0;
    return {
      async scan() {
        const rows = scans[Math.min(call, scans.length - 1)] ?? [];
        call += 1;
        return { rows, stats: { rows: rows.length, skippedLines: 0, durationMs: 0, pidMapped: false } };
      },
    };
  }

  it('publishes only changes, and nothing at all for a steady table', async () => {
    const published: unknown[] = [];
    const feed = new SocketTableFeed({
      tracker: createInThreadTracker(scripted([row(1)], [row(1)], [row(1)], [row(1, 'CLOSE'), row(2)])),
      labSockets: () => [],
      publish: (update) => published.push(update),
    });
    await feed.rescan();
    await feed.rescan();
    await feed.rescan();
    expect(published).toHaveLength(1);
    await feed.rescan();
    expect(published[1]).toMatchObject({
      change: {
        fromVersion: 1,
        version: 2,
        diff: { added: [row(2)], removed: [], changed: [row(1, 'CLOSE')] },
      },
    });
  });

  it('names the holder of a port from a scan begun after the question, not one already under way', async () => {
    const holder = { ...row(5346), pid: 42, program: 'other' };
    let scans = 0;
    const scanner: SocketScanner = {
      async scan() {
        scans += 1;
        const rows = scans === 1 ? [] : [holder];
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { rows, stats: { rows: rows.length, skippedLines: 0, durationMs: 20, pidMapped: true } };
      },
    };
    const feed = new SocketTableFeed({
      tracker: createInThreadTracker(scanner),
      labSockets: () => [],
      publish: () => undefined,
    });
    const underWay = feed.rescan();
    expect(await feed.holderOf('tcp', 5346)).toEqual({ heldBy: { pid: 42, program: 'other' } });
    await underWay;
  });

  it('once it answers "paused", publishes nothing more, not even the scan that was under way', async () => {
    const published: unknown[] = [];
    let scans = 0;
    const feed = new SocketTableFeed({
      tracker: createInThreadTracker({
        // Every scan finds a new socket, so every scan would publish.
        async scan() {
          scans += 1;
          await new Promise((resolve) => setTimeout(resolve, 30));
          return {
            rows: [row(scans)],
            stats: { rows: 1, skippedLines: 0, durationMs: 30, pidMapped: false },
          };
        },
      }),
      labSockets: () => [],
      publish: (update) => published.push(update),
      intervalMs: 20,
    });
    feed.start();
    const underWay = feed.rescan();
    expect(await feed.configure({ paused: true })).toMatchObject({ paused: true });
    expect(published).toHaveLength(1);
    // Neither the interval nor the Lab's nudges scan while paused.
    feed.nudge();
    await new Promise((resolve) => setTimeout(resolve, 200));
    feed.stop();
    await underWay;
    expect(published).toHaveLength(1);
    expect(scans).toBe(1);
  });

  it('keeps rescanning while the Lab churns sockets, at most a tenth of the time', async () => {
    const scanMs = 10;
    let scans = 0;
    const slowScanner: SocketScanner = {
      async scan() {
        scans += 1;
        await new Promise((resolve) => setTimeout(resolve, scanMs));
        return { rows: [], stats: { rows: 0, skippedLines: 0, durationMs: scanMs, pidMapped: false } };
      },
    };
    const feed = new SocketTableFeed({
      tracker: createInThreadTracker(slowScanner),
      labSockets: () => [],
      publish: () => undefined,
      intervalMs: 60_000,
    });
    feed.start();
    const started = performance.now();
    // A nudge per batch, as under continuous connection churn, for 600 ms.
    for (let tick = 0; tick < 60; tick += 1) {
      feed.nudge();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    feed.stop();
    const elapsed = performance.now() - started;
    // Never starved (a nudge must not postpone a due scan), never more than once per 10 × 10 ms.
    expect(scans).toBeGreaterThanOrEqual(3);
    expect(scans).toBeLessThanOrEqual(Math.ceil(elapsed / (SCAN_TIME_SHARE_INVERSE * scanMs)) + 1);
  });

  it("does not count a slow start (the worker's) as scan time, so the next change is not held back", async () => {
    let steps = 0;
    const feed = new SocketTableFeed({
      tracker: {
        async next() {
          steps += 1;
          // The first answer waits as a worker starting under load does; the work itself is quick.
          if (steps === 1) await new Promise((resolve) => setTimeout(resolve, 300));
          return {
            diff: undefined,
            stats: { rows: 0, skippedLines: 0, durationMs: 1, pidMapped: false },
            workMs: 1,
          };
        },
        close() {},
      },
      labSockets: () => [],
      publish: () => undefined,
      intervalMs: 60_000,
    });
    feed.start();
    await feed.rescan();
    feed.nudge();
    await new Promise((resolve) => setTimeout(resolve, 500));
    feed.stop();
    expect(steps).toBe(2);
  });

  it('refreshes a table that is slow to scan less often than asked, so scanning stays a tenth of the time', async () => {
    const scanMs = 30;
    const scanStarts: number[] = [];
    const feed = new SocketTableFeed({
      tracker: createInThreadTracker({
        async scan() {
          scanStarts.push(performance.now());
          await new Promise((resolve) => setTimeout(resolve, scanMs));
          return { rows: [], stats: { rows: 0, skippedLines: 0, durationMs: scanMs, pidMapped: false } };
        },
      }),
      labSockets: () => [],
      publish: () => undefined,
      intervalMs: 20,
    });
    feed.start();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    feed.stop();
    expect(scanStarts.length).toBeGreaterThanOrEqual(2);
    const gaps = scanStarts.slice(1).map((start, index) => start - (scanStarts[index] as number));
    // A timer may fire a millisecond early, so a scan may measure 29 ms; never as little as 28.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(SCAN_TIME_SHARE_INVERSE * (scanMs - 2));
  });

  it('holds a failing scan to a tenth of the time too (a netstat that times out, say)', async () => {
    const scanMs = 30;
    let scans = 0;
    const feed = new SocketTableFeed({
      tracker: {
        async next() {
          scans += 1;
          await new Promise((resolve) => setTimeout(resolve, scanMs));
          throw new Error('netstat timed out');
        },
        close() {},
      },
      labSockets: () => [],
      publish: () => undefined,
      intervalMs: 20,
    });
    feed.start();
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 700));
    feed.stop();
    const elapsed = performance.now() - started;
    expect(scans).toBeGreaterThanOrEqual(1);
    expect(scans).toBeLessThanOrEqual(Math.ceil(elapsed / (SCAN_TIME_SHARE_INVERSE * (scanMs - 2))) + 1);
  });

  it('reports a failing scanner once, and recovers', async () => {
    const published: unknown[] = [];
    let fail = true;
    const feed = new SocketTableFeed({
      tracker: createInThreadTracker({
        async scan() {
          if (fail) throw new Error('EACCES reading /proc/net/tcp');
          return { rows: [], stats: { rows: 0, skippedLines: 0, durationMs: 0, pidMapped: false } };
        },
      }),
      labSockets: () => [],
      publish: (update) => published.push(update),
    });
    await feed.rescan();
    await feed.rescan();
    expect(published).toEqual([
      { scanError: { kind: 'scan-failed', detail: 'EACCES reading /proc/net/tcp' } },
    ]);
    fail = false;
    await feed.rescan();
    expect(published).toHaveLength(2);
    expect(await feed.snapshot()).not.toHaveProperty('scanError');
  });

  it('explains a system it has no scanner for', async () => {
    const feed = new SocketTableFeed({ tracker: undefined, labSockets: () => [], publish: () => undefined });
    expect((await feed.snapshot()).scanError).toEqual({
      kind: 'unsupported-platform',
      detail: process.platform,
    });
  });
});

describe.skipIf(
  !runsOn(
    'linux',
    'EADDRINUSE with the socket table',
    'It reads /proc/net to tell a listener from TIME_WAIT.',
  ),
)('EADDRINUSE with the socket table', () => {
  /** Asks a fresh back end for an echo server on the port, as the form does. */
  function startServerOn(port: number) {
    backend = createBackend();
    return backend.handle('startServer', { protocol: 'tcp', host: '127.0.0.1', port, recvBufferSize: 1024 });
  }

  it('names the program that holds the port', async () => {
    const blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const { port } = blocker.address() as { port: number };
    const refused = await startServerOn(port);
    blocker.close();
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'socket-error', error: { code: 'EADDRINUSE', heldBy: { pid: process.pid } } },
    });
  });

  it('says a connection in TIME_WAIT holds the port when nothing listens on it', async () => {
    // A client that ends first leaves its own port in TIME_WAIT, where no server may listen.
    const peer = createServer((socket) => {
      socket.on('end', () => socket.end());
      socket.resume();
    });
    peer.listen(0, '127.0.0.1');
    await once(peer, 'listening');
    const client = connect((peer.address() as AddressInfo).port, '127.0.0.1');
    await once(client, 'connect');
    const port = client.localPort ?? 0;
    client.end();
    client.resume();
    await once(client, 'close');
    peer.close();
    const refused = await startServerOn(port);
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'socket-error', error: { code: 'EADDRINUSE', timeWait: true } },
    });
    expect(refused).not.toHaveProperty('error.error.heldBy');
  });
});
