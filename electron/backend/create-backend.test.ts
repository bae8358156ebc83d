import { afterEach, describe, expect, it } from 'vitest';
import { startEchoPair } from '../test-support/echo-pair';
import type { LabEvent } from '../contract/events';
import type { LabEventBatch } from '../contract/streams';
import { exchangeOverRawClient } from '../test-support/raw-sockets';
import type { BackendApi } from './backend-api';
import { createBackend } from './create-backend';

const LESSON = 'Hello world! This is an echo server made with python';
let backend: BackendApi;

afterEach(() => backend?.close());

function collectBatches(): { batches: LabEventBatch[]; events: () => LabEvent[] } {
  const batches: LabEventBatch[] = [];
  backend.subscribe('lab', (batch) => batches.push(batch));
  return { batches, events: () => batches.flatMap((batch) => batch.events) };
}

async function eventually(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function startLessonServer() {
  const started = await backend.handle('startServer', {
    protocol: 'tcp',
    host: '127.0.0.1',
    port: 0,
    recvBufferSize: 1024,
  });
  if (!started.ok) throw new Error(started.error.message);
  return started.result as { serverId: string; local: { port: number } };
}

describe('commands', () => {
  it('runs the lesson through commands and streams its events in batches', async () => {
    backend = createBackend();
    const { events } = collectBatches();
    const { clientId } = await startEchoPair((command, payload) => backend.handle(command, payload));
    const sent = await backend.handle('send', {
      socketId: clientId,
      message: { encoding: 'text', text: LESSON },
    });
    expect(sent).toEqual({ ok: true, result: { bytes: 52 } });
    await eventually(
      () => events().some((event) => event.type === 'data-received' && event.socketId === clientId),
      'the echo event',
    );
    const state = await backend.handle('getLabState', {});
    expect(
      state.ok &&
        (state.result as { sockets: { role: string }[] }).sockets.map((socket) => socket.role).sort(),
    ).toEqual(['accepted', 'client', 'listener']);
  });

  it('refuses bad payloads and unknown commands before touching any socket, and keeps serving', async () => {
    backend = createBackend({ batchIntervalMs: 5 });
    const { events } = collectBatches();
    const refused = await Promise.all([
      backend.handle('startServer', {
        protocol: 'tcp',
        host: '127.0.0.1',
        port: 70000,
        recvBufferSize: 1024,
      }),
      backend.handle('startServer', { protocol: 'tcp', host: '999.1.1.1', port: 5346, recvBufferSize: 1024 }),
      backend.handle('startServer', { protocol: 'tcp', host: '127.0.0.1', port: '80', recvBufferSize: 1024 }),
      backend.handle('startServer', null),
      backend.handle('formatDisk', {}),
      backend.handle({ toString: () => 'x' }, {}),
      backend.handle('constructor', {}),
      backend.handle('__proto__', {}),
    ]);
    expect(refused.map((response) => !response.ok && response.error.kind)).toEqual([
      'invalid-payload',
      'invalid-payload',
      'invalid-payload',
      'invalid-payload',
      'unknown-command',
      'unknown-command',
      'unknown-command',
      'unknown-command',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(events()).toEqual([]);
    expect(await startLessonServer()).toMatchObject({ serverId: 'server-1' });
  });

  it('reports state errors and socket errors as typed errors, and nothing already open is lost', async () => {
    backend = createBackend();
    const { serverId, local } = await startLessonServer();
    const onListener = await backend.handle('send', {
      socketId: serverId,
      message: { encoding: 'text', text: 'x' },
    });
    expect(!onListener.ok && onListener.error.kind).toBe('invalid-state');
    const unknown = await backend.handle('closeSocket', { socketId: 'client-41' });
    expect(!unknown.ok && unknown.error).toMatchObject({ kind: 'unknown-socket', socketId: 'client-41' });
    const busy = await backend.handle('startServer', {
      protocol: 'tcp',
      host: '127.0.0.1',
      port: local.port,
      recvBufferSize: 1024,
    });
    expect(!busy.ok && busy.error).toMatchObject({ kind: 'socket-error', error: { code: 'EADDRINUSE' } });
    const state = await backend.handle('getLabState', {});
    expect(state.ok && state.result).toEqual({
      events: expect.any(Array),
      sockets: [expect.objectContaining({ socketId: serverId, state: 'listening' })],
      stepMode: expect.objectContaining({ mode: 'off', heldCount: 0 }),
    });
  });
});

describe('event stream under a flood', () => {
  it('sends about one batch per interval, bounded in size, with exact byte counts', async () => {
    backend = createBackend({ batchIntervalMs: 16, maxDataEventsPerBatch: 50 });
    const { batches, events } = collectBatches();
    const { clientId } = await startEchoPair((command, payload) => backend.handle(command, payload));
    const chunk = 'z'.repeat(4096);
    const rounds = 400;
    const started = performance.now();
    for (let round = 0; round < rounds; round += 1) {
      await backend.handle('send', { socketId: clientId, message: { encoding: 'text', text: chunk } });
    }
    const received = () =>
      events()
        .filter((event) => event.socketId === clientId)
        .reduce(
          (sum, event) =>
            sum +
            (event.type === 'data-received' ? event.bytes : 0) +
            (event.type === 'data-summary' && event.direction === 'received' ? event.bytes : 0),
          0,
        );
    await eventually(() => received() === rounds * chunk.length, 'every echoed byte to be counted');
    const elapsed = performance.now() - started + 16;
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(elapsed / 16) + 2);
    for (const batch of batches) {
      const dataEvents = batch.events.filter(
        (event) => event.type === 'data-sent' || event.type === 'data-received',
      );
      expect(dataEvents.length).toBeLessThanOrEqual(50);
    }
    expect(events().some((event) => event.type === 'data-summary')).toBe(true);
    // Summaries keep the number of the first event they merge: numbers still rise along the stream.
    const seqs = events().map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });
});

describe('step mode commands', () => {
  it('hold the echo until stepNext, and each batch carries the queue as it is then', async () => {
    backend = createBackend();
    const { batches, events } = collectBatches();
    const { clientId } = await startEchoPair((command, payload) => backend.handle(command, payload));

    const paused = await backend.handle('setStepMode', { mode: 'paused' });
    expect(paused).toMatchObject({ ok: true, result: { mode: 'paused', heldCount: 0 } });
    await backend.handle('send', { socketId: clientId, message: { encoding: 'text', text: 'step' } });
    await eventually(() => batches.some((batch) => batch.stepMode?.heldCount === 1), 'a batch with one held');
    expect(batches.findLast((batch) => batch.stepMode)?.stepMode?.held).toEqual([
      expect.objectContaining({ socketId: clientId, bytes: 4 }),
    ]);

    const received = () => events().filter((event) => event.type === 'data-received');
    expect(await backend.handle('stepNext', {})).toEqual({ ok: true, result: { released: true } });
    await eventually(() => received().length === 1, 'the server receiving');
    expect(await backend.handle('stepNext', {})).toEqual({ ok: true, result: { released: true } });
    await eventually(() => received().length === 2, 'the echo');
    expect(await backend.handle('stepNext', {})).toEqual({ ok: true, result: { released: false } });

    const invalid = await backend.handle('setStepMode', { mode: 'fast', intervalMs: 1 });
    expect(!invalid.ok && invalid.error.kind).toBe('invalid-payload');
    const state = await backend.handle('getLabState', {});
    expect(state.ok && state.result).toMatchObject({ stepMode: { mode: 'paused', heldCount: 0 } });
  });
});

describe('close', () => {
  it('closes every socket the app opened', async () => {
    backend = createBackend();
    const { local } = await startLessonServer();
    await backend.handle('connectClient', {
      protocol: 'tcp',
      host: '127.0.0.1',
      port: local.port,
      recvBufferSize: 1024,
    });
    await backend.close();
    const state = await backend.handle('getLabState', {});
    expect(state.ok && state.result).toMatchObject({ sockets: [] });
    await expect(exchangeOverRawClient(local.port, new Uint8Array([1]))).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });
});
