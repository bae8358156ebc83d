import { describe, expect, it } from 'vitest';
import { labPerTest } from '../test-support/lab-per-test';
import { LESSON_SOCKET } from '../test-support/lab-requests';
import { describeRows, kernelTcpRowsOnPort, openKernelTcpRowsOnPort } from '../test-support/os-tcp-table';
import { connectRawClients } from '../test-support/raw-clients';

const RAW_CLIENTS = 10;
const LAB_CLIENTS = 2;
const MESSAGE = Buffer.from('still there?');

const labs = labPerTest();

describe('stopping a server while clients are connected', () => {
  it('closes every accepted socket (Lab events and OS table) and frees the port for an immediate rebind', async () => {
    const { lab, recorder } = labs.open();
    const { serverId, local } = await lab.startServer(LESSON_SOCKET);
    const clients = labs.keep(await connectRawClients(local.port, RAW_CLIENTS));
    const labClients = await Promise.all(
      Array.from({ length: LAB_CLIENTS }, () => lab.connectClient({ ...LESSON_SOCKET, port: local.port })),
    );
    clients.forEach((client) => client.socket.write(MESSAGE));
    await Promise.all(clients.map((client) => client.receivedAtLeast(MESSAGE.length)));
    const acceptedIds = recorder.of('accepted').map((event) => event.socketId);
    expect(acceptedIds).toHaveLength(RAW_CLIENTS + LAB_CLIENTS);

    expect(await lab.stopServer(serverId)).toBe(1 + RAW_CLIENTS + LAB_CLIENTS);
    await Promise.all(clients.map((client) => client.closed));
    const labClientIds = labClients.map((client) => client?.clientId ?? 'missing');
    await recorder.until(
      () => [serverId, ...acceptedIds, ...labClientIds].every((id) => recorder.of('closed', id).length === 1),
      'every socket to close',
    );
    expect(lab.describe()).toEqual([]);
    expect(recorder.of('error')).toEqual([]);
    await expect
      .poll(async () => describeRows(await openKernelTcpRowsOnPort(local.port)), { timeout: 5000 })
      .toEqual([]);

    // The server's side closed first, so its ends sit in TIME_WAIT on this very port: SO_REUSEADDR lets it bind.
    const lingering = await kernelTcpRowsOnPort(local.port);
    expect(lingering.some((row) => row.state === 'TIME_WAIT' && row.localPort === local.port)).toBe(true);
    const again = await lab.startServer({ ...LESSON_SOCKET, port: local.port });
    expect(again.local.port).toBe(local.port);
    const [fresh] = await connectRawClients(local.port, 1);
    if (!fresh) throw new Error('no client');
    labs.keep([fresh]);
    fresh.socket.write(MESSAGE);
    await fresh.receivedAtLeast(MESSAGE.length);
    expect(fresh.received().equals(MESSAGE)).toBe(true);
  });
});
