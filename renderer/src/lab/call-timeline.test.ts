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
});
