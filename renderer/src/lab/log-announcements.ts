import type { LabEvent } from '../../../electron/contract/events';

/**
 * More new entries than this since the log last drew is a flood: a screen reader reading each one
 * aloud would fall further behind with every redraw, so the log stops announcing until it calms.
 */
export const MOST_ANNOUNCED_ENTRIES = 5;

/** Whether the entries added since the log last drew, when its newest was `lastDrawnSeq`, should be read aloud. */
export function announcesNewEntries(events: readonly LabEvent[], lastDrawnSeq: number | undefined): boolean {
  let added = 0;
  for (let index = events.length - 1; index >= 0 && added <= MOST_ANNOUNCED_ENTRIES; index -= 1) {
    if (lastDrawnSeq !== undefined && (events[index]?.seq ?? 0) <= lastDrawnSeq) break;
    added += 1;
  }
  return added <= MOST_ANNOUNCED_ENTRIES;
}
