import { describe, expect, it } from 'vitest';
import type { LabEvent } from '@contract/events';
import { lesson } from './lesson-events.fixture';
import { announcesNewEntries, MOST_ANNOUNCED_PER_SECOND } from './log-announcements';

/** `count` events, `gapMs` apart, the last at t = 10 s. */
function eventsEvery(gapMs: number, count: number): LabEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    type: 'closed',
    socketId: `client-${index}`,
    hadError: false,
    seq: index + 1,
    at: 10_000 - (count - 1 - index) * gapMs,
  }));
}

describe('announcesNewEntries', () => {
  it('reads out the lesson, every step of it, however quickly a user clicks through', () => {
    const steps = lesson().map((event) => ({ ...event, at: 0 }));
    expect(announcesNewEntries(steps.slice(0, 9))).toBe(true);
    expect(announcesNewEntries(eventsEvery(100, 200))).toBe(true);
  });

  it('keeps quiet through a flood, and speaks again once a calm second has passed', () => {
    const flood = eventsEvery(1, 500);
    expect(announcesNewEntries(flood)).toBe(false);
    expect(announcesNewEntries(eventsEvery(1000 / (MOST_ANNOUNCED_PER_SECOND + 1), 100))).toBe(false);
    const afterwards: LabEvent = {
      type: 'closed',
      socketId: 'client-x',
      hadError: false,
      seq: 501,
      at: 11_500,
    };
    expect(announcesNewEntries([...flood, afterwards])).toBe(true);
  });

  it('an empty log has nothing to hold back', () => {
    expect(announcesNewEntries([])).toBe(true);
  });
});
