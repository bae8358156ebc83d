import type { LabEvent } from '../contract/events';
import { createEventStamper, type UnstampedEvent } from '../lab/event-stamper';

/**
 * Counts a Lab's events instead of keeping them, for runs with hundreds of thousands of data
 * events; errors and closes are kept whole, since those are what load tests assert on.
 */
export class LabEventTally {
  readonly counts = new Map<LabEvent['type'], number>();
  readonly errors: Extract<LabEvent, { type: 'error' }>[] = [];
  readonly closed = new Set<string>();
  readonly emit: (event: UnstampedEvent) => void = createEventStamper((event) => {
    this.counts.set(event.type, (this.counts.get(event.type) ?? 0) + 1);
    if (event.type === 'error') this.errors.push(event);
    if (event.type === 'closed') this.closed.add(event.socketId);
  });
}
