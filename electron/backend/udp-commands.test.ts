import { afterEach, describe, expect, it } from 'vitest';
import type { LabEvent } from '../contract/events';
import type { BackendApi } from './backend-api';
import { createBackend } from './create-backend';

let backend: BackendApi | undefined;
afterEach(async () => {
  await backend?.close();
  backend = undefined;
});

describe('UDP through the commands', () => {
  it('starts a UDP echo server, opens a client, echoes a datagram, and refuses a half-close', async () => {
    const api = createBackend();
    backend = api;
    const events: LabEvent[] = [];
    api.subscribe('lab', (batch) => events.push(...batch.events));

    const started = await api.handle('startServer', {
      protocol: 'udp',
      host: '127.0.0.1',
      port: 0,
      recvBufferSize: 1024,
    });
    if (!started.ok) throw new Error(started.error.message);
    const { serverId, local } = started.result as { serverId: string; local: { port: number } };
    const opened = await api.handle('connectClient', {
      protocol: 'udp',
      host: '127.0.0.1',
      port: local.port,
      recvBufferSize: 1024,
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const { clientId } = opened.result as { clientId: string };

    const sent = await api.handle('send', {
      socketId: clientId,
      message: { encoding: 'text', text: 'ping' },
    });
    expect(sent).toEqual({ ok: true, result: { bytes: 4 } });
    const deadline = Date.now() + 5000;
    while (!events.some((event) => event.type === 'data-received' && event.socketId === clientId)) {
      if (Date.now() > deadline) throw new Error('no echo');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(events.filter((event) => event.socketId === serverId).map((event) => event.type)).not.toContain(
      'listening',
    );

    // A burst over UDP stays five datagrams: each arrives whole, never merged.
    const burst = await api.handle('send', {
      socketId: clientId,
      message: { encoding: 'text', text: 'ping' },
      repeat: 5,
    });
    expect(burst).toEqual({ ok: true, result: { bytes: 20 } });
    const atServer = () =>
      events.filter((event) => event.type === 'data-received' && event.socketId === serverId);
    while (atServer().length < 6) {
      if (Date.now() > deadline) throw new Error('the burst did not arrive');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(atServer().map((event) => (event.type === 'data-received' ? event.bytes : 0))).toEqual([
      4, 4, 4, 4, 4, 4,
    ]);

    const halfClose = await api.handle('halfClose', { socketId: clientId });
    expect(halfClose).toMatchObject({ ok: false, error: { kind: 'invalid-state' } });
    const tooBig = await api.handle('send', {
      socketId: clientId,
      message: { encoding: 'hex', hex: '00'.repeat(65_508) },
    });
    expect(tooBig).toMatchObject({ ok: false, error: { kind: 'socket-error', error: { code: 'EMSGSIZE' } } });

    expect(await api.handle('stopServer', { serverId })).toEqual({ ok: true, result: { closedSockets: 1 } });
    const state = await api.handle('getLabState', {});
    expect(
      state.ok && (state.result as { sockets: { socketId: string }[] }).sockets.map((s) => s.socketId),
    ).toEqual([clientId]);
  });
});
