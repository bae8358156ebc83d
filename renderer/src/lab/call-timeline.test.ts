import { describe, expect, it } from 'vitest';
import type { SocketRole } from '@contract/events';
import { callTimeline, TIMELINE_LIMIT } from './call-timeline';
import { event, lesson, preview } from './lesson-events.fixture';

const roles = (entries: [string, SocketRole][]) => new Map(entries);

describe('callTimeline', () => {
  it("lists the server's calls in order across its listening and accepted sockets", () => {
    const timeline = callTimeline(
      lesson(),
      roles([
        ['server-1', 'listener'],
        ['conn-2', 'accepted'],
      ]),
    );
    expect(timeline.map((entry) => `${entry.socketId}:${entry.call}`)).toEqual([
      'server-1:socket',
      'server-1:listen',
      'conn-2:accept',
      'conn-2:recv',
      'conn-2:send',
    ]);
    expect(timeline.find((entry) => entry.call === 'recv')).toMatchObject({ times: 1, bytes: 2000 });
  });

  it('is one connect() for the client, and counts back-to-back receives on one entry', () => {
    const timeline = callTimeline(lesson(), roles([['client-1', 'client']]));
    expect(timeline.map((entry) => entry.call)).toEqual(['socket', 'connect', 'send', 'recv']);
    expect(timeline.at(-1)).toMatchObject({ call: 'recv', times: 2, bytes: 2000 });
  });

  it('keeps only the latest entries of a long conversation', () => {
    const talk = Array.from({ length: 40 }, (_, index) =>
      index % 2 === 0
        ? event('data-sent', 'client-1', { bytes: 1, preview: preview('a') })
        : event('data-received', 'client-1', { bytes: 1, slices: [1], preview: preview('a') }),
    );
    const timeline = callTimeline([...lesson(), ...talk], roles([['client-1', 'client']]));
    expect(timeline).toHaveLength(TIMELINE_LIMIT);
    expect(timeline.at(-1)?.call).toBe('recv');
  });

  it('keeps the same call of two accepted sockets apart', () => {
    const both = roles([
      ['conn-1', 'accepted'],
      ['conn-2', 'accepted'],
    ]);
    const talk = [
      event('data-received', 'conn-1', { bytes: 3, slices: [3], preview: preview('one') }),
      event('data-received', 'conn-2', { bytes: 3, slices: [3], preview: preview('two') }),
    ];
    expect(callTimeline(talk, both).map((entry) => `${entry.socketId}:${entry.call}:${entry.times}`)).toEqual(
      ['conn-1:recv:1', 'conn-2:recv:1'],
    );
  });

  it('counts a held write and its release in step mode as one send()', () => {
    const held = (holdId: number) =>
      event('data-held', 'client-1', { holdId, bytes: 52, preview: preview('a') });
    const released = (holdId: number) =>
      event('data-sent', 'client-1', { holdId, bytes: 52, preview: preview('a') });
    const client = roles([['client-1', 'client']]);
    expect(callTimeline([held(1), released(1)], client).at(-1)).toMatchObject({
      call: 'send',
      times: 1,
      bytes: 52,
    });
    const burst = [1, 2, 3, 4, 5];
    const timeline = callTimeline([...burst.map(held), ...burst.map(released)], client);
    expect(timeline.at(-1)).toMatchObject({ call: 'send', times: 5, bytes: 260 });
  });
});
