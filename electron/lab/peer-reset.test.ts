import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LESSON_SOCKET } from '../test-support/lab-requests';
import { labPerTest } from '../test-support/lab-per-test';
import { connectRawClients, type RawClient } from '../test-support/raw-clients';

const CLIENTS = 5;
const CHUNK = 64 * 1024;

const labs = labPerTest();

describe('a peer resets its connection mid-stream', () => {
  it('reports ECONNRESET on that connection only, while the others keep echoing', async () => {
    const { lab, recorder } = labs.open();
    const { local } = await lab.startServer(LESSON_SOCKET);
    const clients = labs.keep(await connectRawClients(local.port, CLIENTS));
    await recorder.until(() => recorder.of('accepted').length === CLIENTS, 'every accept');
    const connectionOf = (client: RawClient) =>
      recorder.of('accepted').find((event) => event.remote.port === client.socket.localPort)?.socketId;

    // Every client streams; the victim resets while its own bytes are still on the way.
    clients.forEach((client) => client.socket.write(randomBytes(CHUNK)));
    await Promise.all(clients.map((client) => client.receivedAtLeast(CHUNK)));
    const [victim, ...others] = clients;
    if (!victim) throw new Error('no clients');
    const victimConnection = connectionOf(victim);
    victim.socket.write(randomBytes(CHUNK));
    victim.socket.resetAndDestroy();

    await recorder.until(
      () => recorder.of('closed', victimConnection).length === 1,
      'the reset connection to close',
    );
    expect(recorder.of('error')).toEqual([
      expect.objectContaining({
        socketId: victimConnection,
        error: expect.objectContaining({ code: 'ECONNRESET' }),
      }),
    ]);
    expect(recorder.of('closed', victimConnection)).toEqual([expect.objectContaining({ hadError: true })]);

    const more = others.map(() => randomBytes(CHUNK));
    others.forEach((client, index) => client.socket.write(more[index] ?? Buffer.alloc(0)));
    await Promise.all(others.map((client) => client.receivedAtLeast(2 * CHUNK)));
    others.forEach((client, index) => {
      expect(
        client
          .received()
          .subarray(CHUNK)
          .equals(more[index] ?? Buffer.alloc(0)),
      ).toBe(true);
      expect(client.errors).toEqual([]);
    });
    const open = lab.describe().filter((socket) => socket.role === 'accepted');
    expect(open.map((socket) => socket.socketId).sort()).toEqual(others.map(connectionOf).sort());
    expect(open.every((socket) => socket.state === 'open')).toBe(true);
    expect(recorder.of('error')).toHaveLength(1);
  });
});
