import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { EventRecorder } from '../test-support/event-recorder';
import { PREVIEW_BYTES, toHex } from './byte-preview';
import { StepGate } from './step-gate';
import { UdpSocket } from './udp-socket';

const opened: UdpSocket[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((socket) => socket.close()));
});

async function echoPair(recorder: EventRecorder, host = '127.0.0.1', recvBufferSize = 65_536) {
  const server = new UdpSocket({
    socketId: 'server-1',
    role: 'listener',
    host,
    port: 0,
    recvBufferSize,
    echo: true,
    emit: recorder.emit,
    gate: new StepGate(() => undefined),
  });
  opened.push(server);
  const local = await server.open();
  const wildcard = host.includes(':') ? '::' : '0.0.0.0';
  const client = new UdpSocket({
    socketId: 'client-1',
    role: 'client',
    host: wildcard,
    port: 0,
    recvBufferSize,
    echo: false,
    peer: { host, port: local.port },
    emit: recorder.emit,
    gate: new StepGate(() => undefined),
  });
  opened.push(client);
  await client.open();
  return { server, client, port: local.port };
}

describe('UDP echo, for real on loopback', () => {
  it('binds without listening or accepting, and echoes a datagram back to its sender', async () => {
    const recorder = new EventRecorder();
    const { client, port } = await echoPair(recorder);
    await client.send(new TextEncoder().encode('Hello world! This is an echo server made with python'));
    await recorder.until(() => recorder.of('data-received', 'client-1').length === 1, 'the echo');

    expect(recorder.of('listening')).toEqual([]);
    expect(recorder.of('accepted')).toEqual([]);
    const atServer = recorder.of('data-received', 'server-1')[0];
    const clientPort = recorder.of('bound', 'client-1')[0]?.local.port;
    expect(atServer).toMatchObject({
      bytes: 52,
      slices: [52],
      peer: { address: '127.0.0.1', port: clientPort },
    });
    expect(recorder.of('data-received', 'client-1')[0]).toMatchObject({ bytes: 52, peer: { port } });
  });

  it('gives recvfrom(1024) the first 1024 bytes of a longer datagram and throws the rest away', async () => {
    const recorder = new EventRecorder();
    const { client } = await echoPair(recorder, '127.0.0.1', 1024);
    const datagram = randomBytes(2000);
    await client.send(datagram);
    await recorder.until(() => recorder.of('data-received', 'client-1').length === 1, 'the echo');
    const [atServer] = recorder.of('data-received', 'server-1');
    expect(atServer).toMatchObject({ bytes: 1024, slices: [1024], discarded: 976 });
    // The server echoes what its recvfrom() returned: the first 1024 bytes, exactly.
    expect(recorder.of('data-sent', 'server-1')[0]?.preview.hex).toBe(toHex(datagram.subarray(0, 128)));
    expect(recorder.of('data-received', 'client-1')[0]).toMatchObject({ bytes: 1024 });
    expect(recorder.of('data-received', 'client-1')[0]?.discarded).toBeUndefined();
  });

  it('delivers each datagram whole, 0 bytes and 65,507 bytes included, byte for byte', async () => {
    const recorder = new EventRecorder();
    const { client } = await echoPair(recorder);
    const sizes = [0, 1, 1500, 65_507];
    const payloads = sizes.map((size) => randomBytes(size));
    for (const payload of payloads) await client.send(payload);
    await recorder.until(
      () => recorder.of('data-received', 'client-1').length === sizes.length,
      'every echo',
    );
    expect(
      recorder
        .of('data-received', 'client-1')
        .map((event) => event.bytes)
        .sort((a, b) => a - b),
    ).toEqual(sizes);
    expect(recorder.of('data-received', 'server-1').map((event) => event.slices)).toEqual(
      expect.arrayContaining(sizes.map((size) => [size])),
    );
    // Each echo came back with the bytes that were sent (as far as the preview shows them).
    for (const payload of payloads) {
      const echo = recorder.of('data-received', 'client-1').find((event) => event.bytes === payload.length);
      expect(echo?.preview.hex).toBe(toHex(payload.subarray(0, PREVIEW_BYTES)));
    }
  });

  it('refuses a datagram over 65,507 bytes with EMSGSIZE, and the socket keeps working', async () => {
    const recorder = new EventRecorder();
    const { client } = await echoPair(recorder);
    await expect(client.send(new Uint8Array(65_508))).rejects.toMatchObject({ info: { code: 'EMSGSIZE' } });
    expect(recorder.of('error', 'client-1')[0]?.error.code).toBe('EMSGSIZE');
    await client.send(new Uint8Array([1, 2, 3]));
    await recorder.until(
      () => recorder.of('data-received', 'client-1').length === 1,
      'the echo after EMSGSIZE',
    );
  });

  it('works over IPv6 loopback', async () => {
    const recorder = new EventRecorder();
    const { client } = await echoPair(recorder, '::1');
    await client.send(new Uint8Array([0xff, 0x00]));
    await recorder.until(() => recorder.of('data-received', 'client-1').length === 1, 'the IPv6 echo');
    expect(recorder.of('data-received', 'server-1')[0]?.peer?.family).toBe('IPv6');
  });

  it('reports EADDRINUSE when the port is taken, and the first socket keeps it', async () => {
    const recorder = new EventRecorder();
    const { port } = await echoPair(recorder);
    const second = new UdpSocket({
      socketId: 'server-2',
      role: 'listener',
      host: '127.0.0.1',
      port,
      recvBufferSize: 1024,
      echo: true,
      emit: recorder.emit,
      gate: new StepGate(() => undefined),
    });
    await expect(second.open()).rejects.toMatchObject({ info: { code: 'EADDRINUSE' } });
    await recorder.until(() => recorder.of('closed', 'server-2').length === 1, 'the refused socket to close');
  });
});
