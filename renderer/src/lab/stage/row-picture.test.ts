import { describe, expect, it } from 'vitest';
import { drawSteps } from './row-picture';
import type { StageStep } from './stage-step';

let n = 0;
const step = (fields: Omit<StageStep, 'id' | 'seq' | 'row'> & Partial<StageStep>): StageStep => {
  n += 1;
  return { id: `${n}.0`, seq: n, row: 'client-1', ...fields } as StageStep;
};
const send = (bytes: number, holdId?: number) =>
  step({
    kind: 'send',
    socketId: 'client-1',
    direction: 'to-server',
    bytes,
    text: 'x',
    protocol: 'tcp',
    ...(holdId ? { holdId } : {}),
  });

describe('drawSteps', () => {
  it('queues five send()s in the receive buffer, then merges them into what one read took', () => {
    const burst = [1, 2, 3, 4, 5].map(() => send(52));
    const queued = drawSteps(new Map(), burst).get('client-1');
    expect(queued?.lanes['to-server'].waiting).toEqual([52, 52, 52, 52, 52]);

    if (!queued) throw new Error('no picture');
    const read = drawSteps(new Map([['client-1', queued]]), [
      step({
        kind: 'arrive',
        socketId: 'conn-1',
        direction: 'to-server',
        bytes: 260,
        sends: 5,
        split: false,
      }),
      step({
        kind: 'read',
        socketId: 'conn-1',
        direction: 'to-server',
        bytes: 260,
        bufferSize: 1024,
        index: 1,
        count: 1,
      }),
    ]).get('client-1');
    expect(read?.lanes['to-server'].waiting).toEqual([]);
    expect(read?.lanes['to-server'].lastRead).toMatchObject({ bytes: 260, sends: 5, reads: [260], count: 1 });
    // What was drawn before is left as it was.
    expect(queued?.lanes['to-server'].waiting).toHaveLength(5);
  });

  it('carves the slices of a 5,000-byte read one recv(1024) at a time', () => {
    const slices = [1024, 1024, 1024, 1024, 904];
    const picture = drawSteps(new Map(), [
      send(5000),
      step({
        kind: 'arrive',
        socketId: 'conn-1',
        direction: 'to-server',
        bytes: 5000,
        sends: 1,
        split: false,
      }),
      ...slices.slice(0, 3).map((bytes, index) =>
        step({
          kind: 'read',
          socketId: 'conn-1',
          direction: 'to-server',
          bytes,
          bufferSize: 1024,
          index: index + 1,
          count: 5,
        }),
      ),
    ]).get('client-1');
    expect(picture?.lanes['to-server'].lastRead).toMatchObject({
      reads: [1024, 1024, 1024],
      count: 5,
      bufferSize: 1024,
    });
  });

  it('keeps a held write at the sender until its send, and the half-open state until the end', () => {
    const rows = drawSteps(new Map(), [
      step({ kind: 'held', socketId: 'client-1', direction: 'to-server', bytes: 12, text: 'x', holdId: 7 }),
      step({ kind: 'half-open', endedBy: 'client-1', stillSending: 'conn-1' }),
    ]);
    expect(rows.get('client-1')).toMatchObject({
      phase: 'half-open',
      halfOpen: { endedBy: 'client-1', stillSending: 'conn-1' },
      lanes: { 'to-server': { held: [{ holdId: 7, bytes: 12 }] } },
    });
    const after = drawSteps(rows, [send(12, 7), step({ kind: 'ended', reset: false })]).get('client-1');
    expect(after?.phase).toBe('ended');
    expect(after?.halfOpen).toBeUndefined();
    expect(after?.lanes['to-server'].held).toEqual([]);
  });

  it('takes a lost datagram back out of the buffer it never reached', () => {
    const picture = drawSteps(new Map(), [
      send(52),
      step({ kind: 'lost', direction: 'to-server', bytes: 52, target: '127.0.0.1:5346' }),
    ]).get('client-1');
    expect(picture?.lanes['to-server'].waiting).toEqual([]);
    expect(picture?.lost).toEqual({ bytes: 52, target: '127.0.0.1:5346' });
  });

  it('follows the handshake to an established connection', () => {
    const kernel = (packet: 'SYN' | 'SYN-ACK' | 'ACK') =>
      step({
        kind: 'kernel',
        packet,
        direction: packet === 'SYN-ACK' ? 'to-client' : 'to-server',
        call: 'connect',
      });
    expect(drawSteps(new Map(), [kernel('SYN')]).get('client-1')?.phase).toBe('handshake');
    expect(
      drawSteps(new Map(), [kernel('SYN'), kernel('SYN-ACK'), kernel('ACK')]).get('client-1')?.phase,
    ).toBe('established');
  });
});
