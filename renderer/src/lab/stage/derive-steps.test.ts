import { describe, expect, it } from 'vitest';
import type { LabEvent } from '@contract/events';
import { applyEvents, emptyLabState } from '../lab-state';
import { CLIENT_1, event, preview, SERVER } from '../lesson-events.fixture';
import { StepDeriver } from './derive-steps';
import type { StageStep } from './stage-step';

/** One TCP connection of the Lab's, client-1 ↔ conn-1, as the engine reports it. */
function connection(): LabEvent[] {
  return [
    event('socket-created', 'server-1', { role: 'listener', protocol: 'tcp', recvBufferSize: 1024 }),
    event('listening', 'server-1', { local: SERVER }),
    event('socket-created', 'client-1', { role: 'client', protocol: 'tcp', recvBufferSize: 1024 }),
    event('socket-created', 'conn-1', {
      role: 'accepted',
      protocol: 'tcp',
      serverId: 'server-1',
      recvBufferSize: 1024,
    }),
    event('accepted', 'conn-1', { serverId: 'server-1', local: SERVER, remote: CLIENT_1 }),
    event('connected', 'client-1', { local: CLIENT_1, remote: SERVER }),
  ];
}

/** Derives steps for `later` after the stage started watching at `before`. */
function stepsAfter(before: LabEvent[], later: LabEvent[]): StageStep[] {
  const start = applyEvents(emptyLabState, before);
  return new StepDeriver(start).take(later, applyEvents(start, later));
}

const summary = (steps: StageStep[]) =>
  steps.map((step) => {
    switch (step.kind) {
      case 'kernel':
        return `${step.packet} ${step.direction}`;
      case 'send':
      case 'arrive':
      case 'held':
        return `${step.kind} ${step.socketId} ${step.bytes}`;
      case 'read':
        return `read ${step.socketId} ${step.bytes}${step.discarded ? ` -${step.discarded}` : ''}`;
      default:
        return step.kind;
    }
  });

const sent = (socketId: string, bytes: number) =>
  event('data-sent', socketId, { bytes, preview: preview('x') });
const received = (socketId: string, bytes: number, slices: number[]) =>
  event('data-received', socketId, { bytes, slices, preview: preview('x') });

describe('StepDeriver', () => {
  it('draws the handshake once, at the client, as SYN, SYN-ACK, ACK', () => {
    expect(summary(stepsAfter([], connection()))).toEqual([
      'SYN to-server',
      'SYN-ACK to-client',
      'ACK to-server',
    ]);
  });

  it('draws a request leaving, arriving, read slice by slice, and only then its echo', () => {
    const steps = stepsAfter(connection(), [
      sent('client-1', 5000),
      received('conn-1', 5000, [1024, 1024, 1024, 1024, 904]),
      sent('conn-1', 5000),
      received('client-1', 5000, [1024, 1024, 1024, 1024, 904]),
    ]);
    expect(summary(steps)).toEqual([
      'send client-1 5000',
      'arrive conn-1 5000',
      'read conn-1 1024',
      'read conn-1 1024',
      'read conn-1 1024',
      'read conn-1 1024',
      'read conn-1 904',
      'send conn-1 5000',
      'arrive client-1 5000',
      'read client-1 1024',
      'read client-1 1024',
      'read client-1 1024',
      'read client-1 1024',
      'read client-1 904',
    ]);
    // Requests and echoes travel in lanes of their own.
    expect(steps.find((step) => step.kind === 'send' && step.socketId === 'client-1')).toMatchObject({
      direction: 'to-server',
    });
    expect(steps.find((step) => step.kind === 'send' && step.socketId === 'conn-1')).toMatchObject({
      direction: 'to-client',
    });
    expect(steps.at(-1)).toMatchObject({ kind: 'read', index: 5, count: 5, bufferSize: 1024 });
  });

  it('says how many send()s one read merged, and when it split one', () => {
    const burst = [1, 2, 3, 4, 5].map(() => sent('client-1', 52));
    const steps = stepsAfter(connection(), [
      ...burst,
      received('conn-1', 200, [200]),
      received('conn-1', 60, [60]),
    ]);
    const arrivals = steps.filter((step) => step.kind === 'arrive');
    expect(arrivals).toMatchObject([
      { bytes: 200, sends: 4, split: true },
      { bytes: 60, sends: 2, split: false },
    ]);
  });

  it('draws a half-close as a FIN, the half-open state, then the other side’s FIN', () => {
    const steps = stepsAfter(connection(), [
      event('end-sent', 'client-1', {}),
      event('end-received', 'conn-1', {}),
      event('end-sent', 'conn-1', {}),
      event('end-received', 'client-1', {}),
      event('closed', 'conn-1', { hadError: false }),
      event('closed', 'client-1', { hadError: false }),
    ]);
    expect(summary(steps)).toEqual(['FIN to-server', 'half-open', 'FIN to-client', 'ended']);
    expect(steps[0]).toMatchObject({ call: 'shutdown' });
    expect(steps[1]).toMatchObject({ endedBy: 'client-1', stillSending: 'conn-1' });
  });

  it('draws a reset as an RST that ends the connection at once', () => {
    const steps = stepsAfter(connection(), [
      event('closed', 'client-1', { hadError: false }),
      event('error', 'conn-1', { error: { code: 'ECONNRESET', message: 'read ECONNRESET' } }),
      event('closed', 'conn-1', { hadError: true }),
    ]);
    expect(summary(steps)).toEqual(['RST to-server', 'ended']);
    expect(steps[1]).toMatchObject({ reset: true });
  });

  it('draws the FIN of a close to a peer outside the Lab when the socket closes', () => {
    const outside = { address: '127.0.0.1', port: 45000, family: 'IPv4' as const };
    const before = [
      event('socket-created', 'conn-9', {
        role: 'accepted',
        protocol: 'tcp',
        serverId: 'server-1',
        recvBufferSize: 1024,
      }),
      event('accepted', 'conn-9', { serverId: 'server-1', local: SERVER, remote: outside }),
    ];
    expect(summary(stepsAfter([], before))).toEqual(['SYN to-server', 'SYN-ACK to-client', 'ACK to-server']);
    expect(summary(stepsAfter(before, [event('closed', 'conn-9', { hadError: false })]))).toEqual([
      'FIN to-client',
      'half-open',
    ]);
  });

  it('draws nothing for events that came before the stage watched', () => {
    const deriver = new StepDeriver(applyEvents(emptyLabState, connection()));
    expect(deriver.take([], applyEvents(emptyLabState, connection()))).toEqual([]);
  });
});

describe('StepDeriver, UDP', () => {
  const UDP_CLIENT = { address: '0.0.0.0', port: 40010, family: 'IPv4' as const };
  const udp = (): LabEvent[] => [
    event('socket-created', 'server-2', { role: 'listener', protocol: 'udp', recvBufferSize: 1024 }),
    event('bound', 'server-2', { local: SERVER }),
    event('socket-created', 'client-2', { role: 'client', protocol: 'udp', recvBufferSize: 1024 }),
    event('bound', 'client-2', { local: UDP_CLIENT }),
  ];
  const FROM_CLIENT = { ...UDP_CLIENT, address: '127.0.0.1' };
  const sendTo = (socketId: string, bytes: number, peer = SERVER) =>
    event('data-sent', socketId, { bytes, preview: preview('x'), peer });

  it('draws a datagram socket to socket, whole, and its truncation with the bytes thrown away', () => {
    const steps = stepsAfter(udp(), [
      sendTo('client-2', 1500),
      event('data-received', 'server-2', {
        bytes: 1024,
        slices: [1024],
        preview: preview('x'),
        peer: FROM_CLIENT,
        discarded: 476,
      }),
      sendTo('server-2', 1024, FROM_CLIENT),
      event('data-received', 'client-2', {
        bytes: 1024,
        slices: [1024],
        preview: preview('x'),
        peer: SERVER,
      }),
    ]);
    expect(summary(steps)).toEqual([
      'send client-2 1500',
      'arrive server-2 1024',
      'read server-2 1024 -476',
      'send server-2 1024',
      'arrive client-2 1024',
      'read client-2 1024',
    ]);
    // Every step of this exchange is drawn in the client's row: socket to socket.
    expect(new Set(steps.map((step) => step.row))).toEqual(new Set(['client-2']));
  });

  it('shows a datagram to a stopped server as lost, naming the address nothing listens on', () => {
    const steps = stepsAfter(
      [...udp(), event('closed', 'server-2', { hadError: false })],
      [sendTo('client-2', 52)],
    );
    expect(summary(steps)).toEqual(['send client-2 52', 'lost']);
    expect(steps[1]).toMatchObject({ target: '127.0.0.1:5346', bytes: 52 });
  });
});
