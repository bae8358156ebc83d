import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabSocket } from '../contract/events';
import { Lab } from '../lab/lab';
import { EventRecorder } from '../test-support/event-recorder';
import { LESSON_SOCKET } from '../test-support/lab-requests';
import { runsOn } from '../test-support/platform-skip';
import { KernelSampler } from './kernel-sampler';
import { SampledView } from './test-support/sampled-view';
import { labListener } from '../test-support/lab-listener';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bytes = (count: number) => new Uint8Array(count).fill(0x61);

let lab: Lab;
let recorder: EventRecorder;
let view: SampledView;
const children: ChildProcess[] = [];

afterEach(async () => {
  children.splice(0).forEach((child) => child.kill('SIGKILL'));
  await lab?.closeAll();
});

function newSampler(extraSockets: () => LabSocket[] = () => []): KernelSampler {
  recorder = new EventRecorder();
  lab = new Lab(recorder.emit);
  view = new SampledView();
  return new KernelSampler({
    labSockets: () => [...lab.describe(), ...extraSockets()],
    publish: view.publish,
  });
}

/** Samples until `check` passes, at most `tries` times, 50 ms apart. */
async function sampleUntil(
  sampler: KernelSampler,
  check: () => boolean,
  what: string,
  tries = 40,
): Promise<void> {
  for (let attempt = 0; attempt < tries; attempt += 1) {
    await sampler.sample();
    if (check()) return;
    await pause(50);
  }
  throw new Error(`No sample showed ${what}. Batches: ${JSON.stringify(view.batches)}`);
}

async function tcpPair() {
  const { serverId, local } = await lab.startServer(LESSON_SOCKET);
  const { clientId } = await lab.connectClient({ ...LESSON_SOCKET, port: local.port });
  await recorder.until(() => recorder.of('accepted').length === 1, 'the accept');
  return { serverId, clientId, acceptedId: recorder.of('accepted')[0]?.socketId ?? 'none' };
}

describe.runIf(runsOn('linux', 'the kernel view of real sockets', 'The parser tests run everywhere.'))(
  'KernelSampler on real loopback sockets',
  () => {
    it('reads a half-close: FIN_WAIT2 and CLOSE_WAIT, then TIME_WAIT counting down on the side that closed first', async () => {
      const sampler = newSampler();
      const { serverId, clientId, acceptedId } = await tcpPair();
      await sampler.sample();
      // Step mode holds the server's echo, and with it the server's own end.
      lab.setStepMode('paused');
      await lab.send(clientId, bytes(5));
      expect(lab.stepNext()).toBe(true);
      await recorder.until(() => lab.stepModeState().heldCount === 1, "the echo's hold");
      lab.halfClose(clientId);
      await sampleUntil(
        sampler,
        () => view.states(acceptedId).includes('CLOSE_WAIT') && view.states(clientId).includes('FIN_WAIT2'),
        'CLOSE_WAIT and FIN_WAIT2',
      );
      // FIN_WAIT1 lasts until the peer's ACK (delayed ACK: up to 40 ms), so it is seen or too brief.
      expect(view.states(clientId).map((state) => state.replace('~', ''))).toEqual([
        'ESTABLISHED',
        'FIN_WAIT1',
        'FIN_WAIT2',
      ]);
      expect(view.states(acceptedId)).toEqual(['ESTABLISHED', 'CLOSE_WAIT']);
      expect(view.states(serverId)).toEqual(['LISTEN']);

      expect(lab.stepNext()).toBe(true);
      await sampleUntil(sampler, () => view.states(clientId).includes('TIME_WAIT'), 'TIME_WAIT');
      await recorder.until(() => recorder.of('closed', clientId).length === 1, "the client's close");
      const first = view.latest(clientId, 'timer');
      await pause(1100);
      await sampler.sample();
      const second = view.latest(clientId, 'timer');
      expect(first).toMatchObject({ kind: 'time-wait' });
      expect(second).toMatchObject({ kind: 'time-wait' });
      expect(second?.remainingMs).toBeLessThan(first?.remainingMs ?? 0);
      expect(view.states(acceptedId).at(-1)).toBe('CLOSED');
      expect(view.states(acceptedId)).not.toContain('TIME_WAIT');
    });

    it("gives the kernel's byte counts: bytes_acked is the data sent (and the SYN, for the side that connected)", async () => {
      const sampler = newSampler();
      const { clientId, acceptedId } = await tcpPair();
      await lab.send(clientId, bytes(3000));
      await recorder.until(() => recorder.bytesReceivedBy(clientId) === 3000, 'the echo');
      await sampleUntil(
        sampler,
        () =>
          view.latest(acceptedId, 'tcpInfo')?.bytesAcked === 3000 &&
          view.latest(clientId, 'tcpInfo')?.unacked === undefined,
        'the echo acknowledged',
      );
      expect(view.latest(acceptedId, 'tcpInfo')).toMatchObject({
        bytesAcked: 3000,
        bytesSent: 3000,
        bytesReceived: 3000,
      });
      expect(view.latest(clientId, 'tcpInfo')).toMatchObject({
        bytesAcked: 3001,
        bytesSent: 3000,
        bytesReceived: 3000,
      });
      expect(view.latest(clientId, 'tcpInfo')?.rttMs).toBeGreaterThan(0);
      expect(view.latest(clientId, 'queues')).toEqual({ recvQueue: 0, sendQueue: 0 });
    });

    it('shows a connection the kernel completed and nobody accepted waiting in the accept queue', async () => {
      // Node accepts at once, so the listener is another process's whose event loop is then
      // blocked for good: the kernel still completes handshakes, and they wait for accept().
      const child = spawn(
        process.execPath,
        [
          '-e',
          `const s = require('node:net').createServer();
           s.listen({ port: 0, host: '127.0.0.1', backlog: 3 }, () => {
             process.send(s.address().port, () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0));
           });`,
        ],
        { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
      );
      children.push(child);
      const [port] = (await once(child, 'message')) as [number];
      const listener = labListener('server-9', port);
      const sampler = newSampler(() => [listener]);
      await sampler.sample();
      expect(view.latest('server-9', 'acceptQueue')).toEqual({ waiting: 0, backlog: 3 });
      const { clientId } = await lab.connectClient({ ...LESSON_SOCKET, port });
      await sampleUntil(sampler, () => view.latest('server-9', 'acceptQueue')?.waiting === 1, 'one waiting');
      expect(view.latest('server-9', 'acceptQueue')).toEqual({ waiting: 1, backlog: 3 });
      expect(view.states(clientId)).toEqual(['~SYN_SENT', 'ESTABLISHED']);
    });

    it('counts a datagram to a port with nothing bound as Udp NoPorts, machine-wide', async () => {
      const sampler = newSampler();
      const probe = createSocket('udp4');
      await new Promise<void>((resolve) => probe.bind(0, '127.0.0.1', resolve));
      const { port } = probe.address();
      await new Promise<void>((resolve) => probe.close(() => resolve()));
      const { clientId } = await lab.connectClient({ ...LESSON_SOCKET, protocol: 'udp', port });
      await sampler.sample();
      expect(view.states(clientId)).toEqual(['UNCONN']);
      expect(view.rise('Udp.NoPorts')).toBe(0);
      await lab.send(clientId, bytes(4));
      await sampleUntil(sampler, () => view.rise('Udp.NoPorts') >= 1, 'NoPorts rising');
    });

    it('samples on its own while watched and the Lab has sockets, and stops when told', async () => {
      const sampler = newSampler();
      sampler.start();
      const { serverId } = await lab.startServer(LESSON_SOCKET);
      sampler.nudge();
      for (let attempt = 0; attempt < 40 && view.states(serverId).length === 0; attempt += 1) await pause(50);
      expect(view.states(serverId)).toEqual(['LISTEN']);
      expect(view.batches[0]?.limits).toEqual({ platform: 'linux' });
      sampler.stop();
      const published = view.batches.length;
      await lab.startServer(LESSON_SOCKET);
      sampler.nudge();
      // Past the time share's wait too: ten times a sample of up to 50 ms.
      await pause(800);
      expect(view.batches.length).toBe(published);
    });
  },
);

describe('KernelSampler where it cannot read the kernel', () => {
  it('reports the platform unavailable, with what it offers instead, and invents nothing', async () => {
    const view = new SampledView();
    const sampler = new KernelSampler({ labSockets: () => [], publish: view.publish, platform: 'darwin' });
    await sampler.sample();
    await sampler.sample();
    expect(view.batches).toHaveLength(1);
    expect(view.batches[0]?.limits).toEqual({
      platform: 'darwin',
      unavailable: { reason: 'platform' },
      offers: ['netstat-states-and-queues', 'netstat-listen-queues', 'netstat-counters', 'native-call-only'],
    });
    expect(view.batches[0]?.sockets).toBeUndefined();
    expect(view.batches[0]?.counters).toBeUndefined();
  });
});
