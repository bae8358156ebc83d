import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../electron/contract/events';
import { event } from './lesson-events.fixture';
import { announcesNewEntries, MOST_ANNOUNCED_ENTRIES } from './log-announcements';

const closedEvents = (count: number, firstSeq = 1): LabEvent[] =>
  Array.from({ length: count }, (_, index) => ({
    ...event('closed', `client-${index}`, { hadError: false }),
    seq: firstSeq + index,
  }));

describe('announcesNewEntries', () => {
  it('reads out a few new entries, as the lesson brings them', () => {
    const log = closedEvents(40);
    expect(announcesNewEntries(log, 39)).toBe(true);
    expect(announcesNewEntries(log, 40 - MOST_ANNOUNCED_ENTRIES)).toBe(true);
  });

  it('keeps quiet through a flood, and speaks again once it calms', () => {
    const log = closedEvents(400);
    expect(announcesNewEntries(log, 399 - MOST_ANNOUNCED_ENTRIES)).toBe(false);
    expect(announcesNewEntries(log, 100)).toBe(false);
    expect(announcesNewEntries(log, 399)).toBe(true);
  });

  it('treats a log drawn for the first time with many entries as a flood, and an empty one as calm', () => {
    expect(announcesNewEntries(closedEvents(50), undefined)).toBe(false);
    expect(announcesNewEntries([], undefined)).toBe(true);
  });
});
