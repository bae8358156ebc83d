import type { LabEvent } from '@contract/events';

/**
 * More entries than this within a second is a flood: a screen reader reading each one aloud would
 * fall further behind with every batch, so the log stays quiet until a second passes with fewer.
 * The lesson's busiest moment (a client connecting and sending while its server accepts and
 * echoes) makes 9.
 */
export const MOST_ANNOUNCED_PER_SECOND = 12;
const WINDOW_MS = 1000;

/** Whether new log entries should be read aloud: not while they arrive faster than a person can follow. */
export function announcesNewEntries(events: readonly LabEvent[]): boolean {
  const newest = events.at(-1);
  if (!newest) return true;
  let recent = 0;
  for (let index = events.length - 1; index >= 0 && recent <= MOST_ANNOUNCED_PER_SECOND; index -= 1) {
    if ((events[index]?.at ?? 0) <= newest.at - WINDOW_MS) break;
    recent += 1;
  }
  return recent <= MOST_ANNOUNCED_PER_SECOND;
}
