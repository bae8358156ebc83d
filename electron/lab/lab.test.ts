import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { EventRecorder } from '../test-support/event-recorder';
import { LESSON_SOCKET } from '../test-support/lab-requests';
import { exchangeOverRawClient, findClosedPort, startRawEchoServer } from '../test-support/raw-sockets';
import { Lab } from './lab';
import { LabSocketError, LabStateError, UnknownSocketError } from './socket-error';

const LESSON_MESSAGE = 'Hello world! This is an echo server made with python';
const text = (value: string) => new TextEncoder().encode(value);

let lab: Lab;
let recorder: EventRecorder;

function newLab(): Lab {
  recorder = new EventRecorder();
  lab = new Lab(recorder.emit);
  return lab;
}

afterEach(async () => {
  await lab?.closeAll();
});

describe('the lesson: a TCP echo server and one client', () => {
  it('echoes the message and reports every step with ordered, timed events', async () => {
    newLab();
    const { serverId, local } = await lab.startServer(LESSON_SOCKET);
    expect(local.address).toBe('127.0.0.1');
    expect(local.port).toBeGreaterThan(0);

    const client = await lab.connectClient({ ...LESSON_SOCKET, port: local.port });
    expect(client.remote).toEqual(local);
    lab.send(client.clientId, text(LESSON_MESSAGE));
    await recorder.until(() => recorder.bytesReceivedBy(client.clientId) === 52, 'the echo');

    const accepted = recorder.of('accepted')[0];
    expect(accepted?.serverId).toBe(serverId);
    // The accepted socket is a new socket, whose peer is the client's ephemeral port.
    expect(accepted?.socketId).toMatch(/^conn-\d+$/);
    expect(accepted?.remote).toEqual(client.local);
    expect(accepted?.local.port).toBe(local.port);

    const echoed = recorder
      .of('data-received', client.clientId)
      .map((event) => event.preview.text)
      .join('');
    expect(echoed).toBe(LESSON_MESSAGE);
    const serverRecv = recorder.of('data-received', accepted?.socketId);
    expect(serverRecv.flatMap((event) => event.slices)).toEqual([52]);

    const serverSteps = recorder.events
      .filter((event) => event.socketId === serverId)
      .map((event) => event.type);
    expect(serverSteps).toEqual(['socket-created', 'bound', 'listening']);
    const clientSteps = recorder.of('connected', client.clientId);
    expect(clientSteps).toHaveLength(1);

    const seqs = recorder.events.map((event) => event.seq);
    expect(seqs).toEqual(seqs.map((_, index) => index + 1));
    const times = recorder.events.map((event) => event.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times.some((at) => !Number.isInteger(at))).toBe(true);
  });

  it('serves many clients at once, each on its own accepted socket', async () => {
    newLab();
    const { local } = await lab.startServer(LESSON_SOCKET);
    const clients = await Promise.all(
      Array.from({ length: 40 }, () => lab.connectClient({ ...LESSON_SOCKET, port: local.port })),
    );
    clients.forEach(({ clientId }) => lab.send(clientId, text(`message from ${clientId}`)));
    await recorder.until(
      () =>
        clients.every(
          ({ clientId }) => recorder.bytesReceivedBy(clientId) === `message from ${clientId}`.length,
        ),
      'every echo',
    );
    for (const { clientId } of clients) {
      const echo = recorder
        .of('data-received', clientId)
        .map((event) => event.preview.text)
        .join('');
      expect(echo).toBe(`message from ${clientId}`);
    }
    const acceptedIds = new Set(recorder.of('accepted').map((event) => event.socketId));
    expect(acceptedIds.size).toBe(40);
    const ports = new Set(clients.map(({ local: clientLocal }) => clientLocal.port));
    expect(ports.size).toBe(40);
  });
});

describe('bytes', () => {
  it('hands a message larger than the receive buffer to the server in buffer-sized slices', async () => {
    newLab();
    const { local } = await lab.startServer(LESSON_SOCKET);
    const message = new Uint8Array(5000).map((_, index) => 65 + (index % 26));
    const echoed = await exchangeOverRawClient(local.port, message);
    expect(Buffer.compare(echoed, Buffer.from(message))).toBe(0);

    const accepted = recorder.of('accepted')[0]?.socketId;
    const slices = recorder.of('data-received', accepted).flatMap((event) => event.slices);
    expect(slices.reduce((sum, size) => sum + size, 0)).toBe(5000);
    expect(Math.max(...slices)).toBeLessThanOrEqual(1024);
    expect(slices.length).toBeGreaterThanOrEqual(5);
  });

  it('echoes all 256 byte values and invalid UTF-8 byte for byte', async () => {
    newLab();
    const { local } = await lab.startServer({ ...LESSON_SOCKET, recvBufferSize: 64 });
    const everyByte = Uint8Array.from({ length: 256 }, (_, value) => value);
    const invalidUtf8 = Uint8Array.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x00, 0xed, 0xa0, 0x80]);
    const payload = Buffer.concat([everyByte, invalidUtf8, everyByte]);
    const echoed = await exchangeOverRawClient(local.port, payload);
    expect(echoed.equals(payload)).toBe(true);
    const preview = recorder.of('data-received', recorder.of('accepted')[0]?.socketId)[0]?.preview;
    expect(preview?.hex.startsWith('00 01 02 03')).toBe(true);
    expect(preview?.text.startsWith('\\x00\\x01')).toBe(true);
  });

  it("sends a Lab client's raw bytes to the wire unchanged", async () => {
    newLab();
    const echo = await startRawEchoServer();
    try {
      const { clientId } = await lab.connectClient({ ...LESSON_SOCKET, port: echo.port });
      const payload = Uint8Array.from({ length: 256 }, (_, value) => 255 - value);
      lab.send(clientId, payload);
      await recorder.until(() => recorder.bytesReceivedBy(clientId) === 256, 'the echo of 256 bytes');
      expect(echo.received().equals(Buffer.from(payload))).toBe(true);
      await lab.closeSocket(clientId);
    } finally {
      await echo.close();
    }
  });
});

describe('closing', () => {
  it('half-close: the server finishes echoing, then ends, and both sockets close', async () => {
    newLab();
    const { local } = await lab.startServer(LESSON_SOCKET);
    const { clientId } = await lab.connectClient({ ...LESSON_SOCKET, port: local.port });
    lab.send(clientId, text('last words'));
    lab.halfClose(clientId);
    await expect(lab.send(clientId, text('too late'))).rejects.toThrow(/half-closed|shut down/);
    await recorder.until(() => recorder.of('closed', clientId).length === 1, 'the client to close');

    const clientTypes = recorder.events
      .filter((event) => event.socketId === clientId)
      .map((event) => event.type);
    expect(clientTypes.indexOf('end-sent')).toBeLessThan(clientTypes.indexOf('end-received'));
    expect(clientTypes.indexOf('data-received')).toBeLessThan(clientTypes.indexOf('end-received'));
    expect(recorder.bytesReceivedBy(clientId)).toBe(10);
    const acceptedId = recorder.of('accepted')[0]?.socketId;
    await recorder.until(
      () => recorder.of('closed', acceptedId).length === 1,
      'the accepted socket to close',
    );
    const acceptedTypes = recorder.events
      .filter((event) => event.socketId === acceptedId)
      .map((event) => event.type);
    expect(acceptedTypes.indexOf('end-received')).toBeLessThan(acceptedTypes.indexOf('end-sent'));
    expect(lab.describe().map((socket) => socket.role)).toEqual(['listener']);
  });

  it('stopping a server closes its accepted sockets, its clients see the end, and the port is free at once', async () => {
    newLab();
    const { serverId, local } = await lab.startServer(LESSON_SOCKET);
    const clients = await Promise.all(
      [1, 2, 3].map(() => lab.connectClient({ ...LESSON_SOCKET, port: local.port })),
    );
    await recorder.until(() => recorder.of('accepted').length === 3, 'three accepts');
    expect(await lab.stopServer(serverId)).toBe(4);
    await recorder.until(
      () => clients.every(({ clientId }) => recorder.of('closed', clientId).length === 1),
      'every client to close',
    );
    expect(recorder.of('closed').map((event) => event.socketId)).toContain(serverId);
    expect(lab.describe()).toEqual([]);

    const again = await lab.startServer({ ...LESSON_SOCKET, port: local.port });
    expect(again.local.port).toBe(local.port);
  });
});

describe('errors', () => {
  it('EADDRINUSE on a busy port, and the first server keeps echoing', async () => {
    newLab();
    const first = await lab.startServer(LESSON_SOCKET);
    const second = lab.startServer({ ...LESSON_SOCKET, port: first.local.port });
    const failure = await second.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LabSocketError);
    expect((failure as LabSocketError).info).toMatchObject({
      code: 'EADDRINUSE',
      syscall: 'listen',
      port: first.local.port,
    });
    const failedId = (failure as LabSocketError).socketId;
    expect(recorder.of('error', failedId)[0]?.error.code).toBe('EADDRINUSE');
    expect(recorder.of('closed', failedId)).toHaveLength(1);

    const echoed = await exchangeOverRawClient(first.local.port, text('still here'));
    expect(echoed.toString()).toBe('still here');
  });

  it('ECONNREFUSED on a port where nothing listens', async () => {
    newLab();
    const port = await findClosedPort();
    const failure = await lab.connectClient({ ...LESSON_SOCKET, port }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LabSocketError);
    expect((failure as LabSocketError).info).toMatchObject({
      code: 'ECONNREFUSED',
      syscall: 'connect',
      address: '127.0.0.1',
      port,
    });
    const clientId = (failure as LabSocketError).socketId;
    await recorder.until(() => recorder.of('closed', clientId).length === 1, 'the refused client to close');
    // The event keeps the address it tried, so the page can say where nothing listens.
    expect(recorder.of('error', clientId)[0]?.error).toMatchObject({
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port,
    });
    expect(lab.describe()).toEqual([]);
  });

  it('refuses more sends once a peer that never reads leaves 16 MiB waiting, and keeps the client', async () => {
    newLab();
    const held: Socket[] = [];
    const silent = createServer((socket) => held.push(socket.pause()));
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    try {
      const { port } = silent.address() as { port: number };
      const { clientId } = await lab.connectClient({ ...LESSON_SOCKET, port });
      const megabyte = new Uint8Array(1024 * 1024);
      let refusal: unknown;
      let accepted = 0;
      for (let sends = 0; sends < 200 && !refusal; sends += 1) {
        await lab.send(clientId, megabyte).then(
          () => (accepted += 1),
          (error: unknown) => (refusal = error),
        );
      }
      expect(refusal).toBeInstanceOf(LabStateError);
      expect((refusal as LabStateError).problem.key).toBe('peerNotReading');
      // 16 MiB queued here, plus what the kernel's buffers took, and then no more.
      expect(accepted).toBeGreaterThanOrEqual(16);
      expect(accepted).toBeLessThan(100);
      expect(lab.describe().find((socket) => socket.socketId === clientId)?.state).toBe('open');
    } finally {
      await lab.closeAll();
      held.forEach((socket) => socket.destroy());
      silent.close();
    }
  });

  it('a client closed while connect() still waits settles with ECONNABORTED instead of hanging', async () => {
    newLab();
    const { local } = await lab.startServer(LESSON_SOCKET);
    const connecting = lab.connectClient({ ...LESSON_SOCKET, port: local.port });
    const clientId = lab.describe().find((socket) => socket.role === 'client')?.socketId ?? 'no client';
    await lab.closeSocket(clientId);
    const failure = await connecting.catch((error: unknown) => error);
    expect((failure as LabSocketError).info).toMatchObject({ code: 'ECONNABORTED', port: local.port });
    expect(lab.describe().map((socket) => socket.role)).toEqual(['listener']);
  });

  it('refuses to send on a listening socket or an unknown id, without disturbing the server', async () => {
    newLab();
    const { serverId, local } = await lab.startServer(LESSON_SOCKET);
    await expect(lab.send(serverId, text('x'))).rejects.toThrow(/listening socket/);
    await expect(lab.send('client-99', text('x'))).rejects.toThrow(/no open socket client-99/);
    expect((await exchangeOverRawClient(local.port, text('ok'))).toString()).toBe('ok');
  });

  it('refuses what a kind of socket cannot do, saying why, and every socket keeps working', async () => {
    newLab();
    const tcp = await lab.startServer(LESSON_SOCKET);
    const udp = await lab.startServer({ ...LESSON_SOCKET, protocol: 'udp' });
    const udpClient = await lab.connectClient({ ...LESSON_SOCKET, protocol: 'udp', port: udp.local.port });
    const tcpClient = await lab.connectClient({ ...LESSON_SOCKET, port: tcp.local.port });
    await recorder.until(() => recorder.of('accepted').length === 1, 'the accept');
    const problemOf = (attempt: () => unknown) =>
      Promise.resolve()
        .then(attempt)
        .then(
          () => 'allowed',
          (error: unknown) => (error instanceof LabStateError ? error.problem.key : String(error)),
        );

    expect(await problemOf(() => lab.halfClose(tcp.serverId))).toBe('listenerCarriesNoData');
    expect(await problemOf(() => lab.resetSocket(tcp.serverId))).toBe('listenerCarriesNoData');
    for (const socketId of [udp.serverId, udpClient.clientId]) {
      expect(await problemOf(() => lab.halfClose(socketId))).toBe('udpNoShutdown');
      expect(await problemOf(() => lab.resetSocket(socketId))).toBe('udpNoReset');
    }
    expect(await problemOf(() => lab.send(udp.serverId, text('x')))).toBe('udpNoPeer');
    // stopServer takes a server's id; to it a TCP client's id is unknown.
    await expect(lab.stopServer(tcpClient.clientId)).rejects.toBeInstanceOf(UnknownSocketError);

    // Listed as ever: listeners, then TCP connections, then UDP sockets, each in the order opened.
    expect(lab.describe().map((socket) => `${socket.socketId}:${socket.state}`)).toEqual([
      `${tcp.serverId}:listening`,
      `${tcpClient.clientId}:open`,
      `${recorder.of('accepted')[0]?.socketId}:open`,
      `${udp.serverId}:open`,
      `${udpClient.clientId}:open`,
    ]);
    await lab.send(tcpClient.clientId, text('tcp'));
    await lab.send(udpClient.clientId, text('udp'));
    await recorder.until(
      () =>
        recorder.bytesReceivedBy(tcpClient.clientId) === 3 &&
        recorder.bytesReceivedBy(udpClient.clientId) === 3,
      'both echoes',
    );
  });
});

describe('IPv6', () => {
  it('listens on ::1 and reports IPv6 addresses', async () => {
    newLab();
    const { local } = await lab.startServer({ ...LESSON_SOCKET, host: '::1' });
    expect(local).toMatchObject({ address: '::1', family: 'IPv6' });
    const client = await lab.connectClient({ ...LESSON_SOCKET, host: '::1', port: local.port });
    expect(client.local.family).toBe('IPv6');
    lab.send(client.clientId, text('over IPv6'));
    await recorder.until(() => recorder.bytesReceivedBy(client.clientId) === 9, 'the IPv6 echo');
  });
});

describe('connection reset', () => {
  it('resetting the accepted socket gives the client ECONNRESET, and only that client', async () => {
    newLab();
    const { local } = await lab.startServer(LESSON_SOCKET);
    const victim = await lab.connectClient({ ...LESSON_SOCKET, port: local.port });
    const bystander = await lab.connectClient({ ...LESSON_SOCKET, port: local.port });
    await recorder.until(() => recorder.of('accepted').length === 2, 'both accepts');
    const acceptedForVictim = recorder
      .of('accepted')
      .find((event) => event.remote.port === victim.local.port);

    await lab.resetSocket(acceptedForVictim?.socketId ?? '');
    await recorder.until(() => recorder.of('closed', victim.clientId).length === 1, 'the victim to close');
    expect(recorder.of('error', victim.clientId)[0]?.error.code).toBe('ECONNRESET');
    expect(recorder.of('closed', victim.clientId)[0]?.hadError).toBe(true);

    await lab.send(bystander.clientId, text('still here'));
    await recorder.until(() => recorder.bytesReceivedBy(bystander.clientId) === 10, 'the bystander echo');
    expect(recorder.of('error', bystander.clientId)).toEqual([]);
  });
});

describe('a burst of small messages', () => {
  it('arrives over TCP as one byte stream: however it is sliced, every byte in order', async () => {
    newLab();
    const { local } = await lab.startServer({ ...LESSON_SOCKET, recvBufferSize: 16 });
    const client = await lab.connectClient({ ...LESSON_SOCKET, port: local.port, recvBufferSize: 16 });
    const message = text('0123456789');
    expect(await lab.send(client.clientId, message, 5)).toBe(50);
    await recorder.until(() => recorder.bytesReceivedBy(client.clientId) === 50, 'the whole burst echoed');

    const accepted = recorder.of('accepted')[0]?.socketId ?? '';
    const chunks = recorder.of('data-received', accepted);
    // recv(16) slices add up to each chunk, and the chunks to the five writes.
    for (const chunk of chunks) expect(chunk.slices.reduce((sum, size) => sum + size, 0)).toBe(chunk.bytes);
    expect(chunks.every((chunk) => chunk.slices.every((size) => size <= 16))).toBe(true);
    const received = chunks.map((chunk) => chunk.preview.text).join('');
    expect(received).toBe('0123456789'.repeat(5));
    expect(recorder.of('data-sent', client.clientId)).toHaveLength(5);
  });
});
