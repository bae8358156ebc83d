import { createSocket } from 'node:dgram';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { StepModeState } from '../contract/step-mode';
import { EventRecorder } from '../test-support/event-recorder';
import { LESSON_SOCKET } from '../test-support/lab-requests';
import { Lab, MAX_HELD_SEND_BYTES } from './lab';
import { LabStateError } from './socket-error';
import { MAX_HELD_DATAGRAMS } from './udp-socket';

const text = (value: string) => new TextEncoder().encode(value);
/** Long enough for a held write to have gone out, were it not held. */
const QUIET_MS = 150;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let lab: Lab;
let recorder: EventRecorder;
let stepStates: StepModeState[];
const rawClients: Socket[] = [];

function newLab(): Lab {
  recorder = new EventRecorder();
  stepStates = [];
  lab = new Lab(recorder.emit, (state) => stepStates.push(state));
  return lab;
}

afterEach(async () => {
  rawClients.splice(0).forEach((socket) => socket.destroy());
  await lab?.closeAll();
});

async function tcpPair() {
  const { local } = await lab.startServer(LESSON_SOCKET);
  const client = await lab.connectClient({ ...LESSON_SOCKET, port: local.port });
  await recorder.until(() => recorder.of('accepted').length === 1, 'the accept');
  const acceptedId = recorder.of('accepted')[0]?.socketId ?? 'none accepted';
  return { port: local.port, clientId: client.clientId, acceptedId };
}

const textReceivedBy = (socketId: string) =>
  recorder
    .of('data-received', socketId)
    .map((event) => event.preview.text)
    .join('');

describe('step mode over TCP', () => {
  it('holds a send and its echo, and releases exactly one write per step', async () => {
    newLab();
    const { clientId, acceptedId } = await tcpPair();
    lab.setStepMode('paused');
    await lab.send(clientId, text('hello'));

    const [held] = recorder.of('data-held', clientId);
    expect(held).toMatchObject({ bytes: 5, preview: { text: 'hello' } });
    expect(lab.stepModeState()).toMatchObject({ heldCount: 1, heldBytes: 5 });
    await pause(QUIET_MS);
    expect(recorder.of('data-sent')).toHaveLength(0);
    expect(recorder.of('data-received')).toHaveLength(0);

    expect(lab.stepNext()).toBe(true);
    expect(recorder.of('data-sent')).toEqual([
      expect.objectContaining({ socketId: clientId, holdId: held?.holdId }),
    ]);
    await recorder.until(() => recorder.of('data-held', acceptedId).length === 1, 'the held echo');
    expect(textReceivedBy(acceptedId)).toBe('hello');
    await pause(QUIET_MS);
    expect(recorder.of('data-received', clientId)).toHaveLength(0);

    expect(lab.stepNext()).toBe(true);
    await recorder.until(() => textReceivedBy(clientId) === 'hello', 'the echo');
    expect(recorder.of('data-sent')).toHaveLength(2);
    expect(lab.stepNext()).toBe(false);
    expect(lab.stepModeState().heldCount).toBe(0);
  });

  it('never reorders bytes: a burst stepped one write at a time arrives in the order sent', async () => {
    newLab();
    const { clientId, acceptedId } = await tcpPair();
    lab.setStepMode('paused');
    const messages = Array.from({ length: 8 }, (_, index) => `<${index}>`);
    for (const message of messages) await lab.send(clientId, text(message));
    expect(lab.stepModeState().held.map((write) => write.preview.text)).toEqual(messages);

    for (let step = 1; step <= messages.length; step += 1) {
      const sentBefore = recorder.of('data-sent').length;
      expect(lab.stepNext()).toBe(true);
      expect(recorder.of('data-sent')).toHaveLength(sentBefore + 1);
    }
    await recorder.until(() => textReceivedBy(acceptedId) === messages.join(''), 'every message');
    // Each echo waits its turn too; the server reads again only once its echo is released.
    while (textReceivedBy(clientId).length < messages.join('').length) {
      lab.stepNext();
      await pause(10);
    }
    expect(textReceivedBy(clientId)).toBe(messages.join(''));
  });

  it('plays at the chosen speed, and turning step mode off releases everything in order', async () => {
    newLab();
    const { clientId } = await tcpPair();
    lab.setStepMode('playing', 100);
    await lab.send(clientId, text('one'), 3);
    await recorder.until(() => textReceivedBy(clientId) === 'oneoneone', 'three echoes played', 5000);
    const sentTimes = recorder.of('data-sent', clientId).map((event) => event.at);
    expect((sentTimes[2] ?? 0) - (sentTimes[0] ?? 0)).toBeGreaterThanOrEqual(150);

    lab.setStepMode('paused');
    await lab.send(clientId, text('a'));
    await lab.send(clientId, text('b'));
    lab.setStepMode('off');
    expect(lab.stepModeState().heldCount).toBe(0);
    await recorder.until(() => textReceivedBy(clientId) === 'oneoneoneab', 'the flushed echoes');
    expect(stepStates.at(-1)).toMatchObject({ mode: 'off', heldCount: 0 });
  });

  it('shuts down only after the held writes, as the byte stream requires', async () => {
    newLab();
    const { clientId, acceptedId } = await tcpPair();
    lab.setStepMode('paused');
    await lab.send(clientId, text('last words'));
    lab.halfClose(clientId);
    expect(() => lab.halfClose(clientId)).toThrow(LabStateError);
    await pause(QUIET_MS);
    expect(recorder.of('end-received', acceptedId)).toHaveLength(0);

    lab.stepNext();
    await recorder.until(() => recorder.of('end-received', acceptedId).length === 1, 'the FIN');
    expect(textReceivedBy(acceptedId)).toBe('last words');
    // The server ends its side too, but only after its echo goes out.
    expect(recorder.of('end-sent', acceptedId)).toHaveLength(0);
    lab.stepNext();
    await recorder.until(() => recorder.of('closed', clientId).length === 1, 'both sides closed');
    expect(textReceivedBy(clientId)).toBe('last words');
  });

  it('paces a peer outside the Lab too: its echo arrives only when released', async () => {
    newLab();
    const { local } = await lab.startServer(LESSON_SOCKET);
    lab.setStepMode('paused');
    const raw = connect({ host: '127.0.0.1', port: local.port });
    rawClients.push(raw);
    const received: Buffer[] = [];
    raw.on('data', (chunk) => received.push(chunk));
    raw.write('ping');
    await recorder.until(() => recorder.of('data-held').length === 1, 'the held echo');
    await pause(QUIET_MS);
    expect(received).toHaveLength(0);
    const echoed = new Promise((resolve) => raw.once('data', resolve));
    lab.stepNext();
    await echoed;
    expect(Buffer.concat(received).toString()).toBe('ping');
  });

  it('drops what a closed socket still held', async () => {
    newLab();
    const { clientId } = await tcpPair();
    lab.setStepMode('paused');
    await lab.send(clientId, text('never sent'));
    await lab.closeSocket(clientId);
    expect(lab.stepModeState()).toMatchObject({ heldCount: 0, heldBytes: 0 });
    expect(lab.stepNext()).toBe(false);
    expect(recorder.of('data-sent')).toHaveLength(0);
  });

  it('never releases a write of a socket being closed, even in the same tick', async () => {
    newLab();
    const { clientId } = await tcpPair();
    lab.setStepMode('paused');
    await lab.send(clientId, text('too late'));
    const closing = lab.closeSocket(clientId);
    expect(lab.stepNext()).toBe(false);
    await closing;
    expect(recorder.of('data-sent')).toHaveLength(0);
  });

  it('refuses a send that would make step mode hold too much, and keeps the socket', async () => {
    newLab();
    const { clientId } = await tcpPair();
    lab.setStepMode('paused');
    const big = new Uint8Array(1024 * 1024);
    const fits = Math.floor(MAX_HELD_SEND_BYTES / big.length);
    await lab.send(clientId, big, fits);
    await expect(lab.send(clientId, big)).rejects.toMatchObject({ problem: { key: 'stepModeFull' } });
    lab.setStepMode('off');
    await recorder.until(
      () => recorder.bytesReceivedBy(clientId) === fits * big.length,
      'every held megabyte echoed',
      15_000,
    );
  });
});

describe('step mode over UDP', () => {
  async function udpPair() {
    const { serverId, local } = await lab.startServer({ ...LESSON_SOCKET, protocol: 'udp' });
    const { clientId } = await lab.connectClient({ ...LESSON_SOCKET, protocol: 'udp', port: local.port });
    return { serverId, clientId };
  }

  it('holds each datagram and its echo until released', async () => {
    newLab();
    const { serverId, clientId } = await udpPair();
    lab.setStepMode('paused');
    await lab.send(clientId, text('dgram'), 2);
    expect(recorder.of('data-held', clientId)).toHaveLength(2);
    await pause(QUIET_MS);
    expect(recorder.of('data-received')).toHaveLength(0);

    lab.stepNext();
    await recorder.until(() => recorder.of('data-held', serverId).length === 1, 'the first held echo');
    expect(recorder.of('data-received', serverId)).toHaveLength(1);
    lab.setStepMode('off');
    await recorder.until(() => recorder.of('data-received', clientId).length === 2, 'both echoes');
    expect(recorder.of('data-received', clientId).map((event) => event.bytes)).toEqual([5, 5]);
  });

  it('drops datagrams past the held limit and says so once', async () => {
    newLab();
    const { serverId } = await udpPair();
    const port = lab.describe().find((socket) => socket.socketId === serverId)?.local?.port ?? 0;
    lab.setStepMode('paused');
    const outsider = createSocket('udp4');
    const sent = MAX_HELD_DATAGRAMS + 10;
    try {
      for (let index = 0; index < sent; index += 1) {
        await new Promise<void>((resolve, reject) =>
          outsider.send(`d${index}`, port, '127.0.0.1', (error) => (error ? reject(error) : resolve())),
        );
      }
      await recorder.until(() => recorder.of('data-received', serverId).length === sent, 'every datagram');
    } finally {
      outsider.close();
    }
    expect(recorder.of('data-held', serverId)).toHaveLength(MAX_HELD_DATAGRAMS);
    expect(recorder.of('error', serverId).map((event) => event.error.code)).toEqual(['ENOBUFS']);
    // The held ones are the first that came, in order.
    expect(lab.stepModeState().held[0]?.preview.text).toBe('d0');
  });
});
