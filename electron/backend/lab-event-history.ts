import type { LabEvent } from '../contract/events';

/** How many of the latest streamed Lab events a page that opens (or reloads) is given. */
export const LAB_HISTORY_LIMIT = 5000;

/**
 * The latest Lab events the back end streamed, oldest first, in a fixed ring: a page that
 * reloads, or a second tab, rebuilds its recording from them instead of starting empty.
 */
export class LabEventHistory {
  private readonly ring: (LabEvent | undefined)[];
  /** Where the next event goes. */
  private next = 0;
  private count = 0;

  constructor(private readonly limit = LAB_HISTORY_LIMIT) {
    this.ring = new Array<LabEvent | undefined>(limit);
  }

  push(events: readonly LabEvent[]): void {
    for (const event of events) {
      this.ring[this.next] = event;
      this.next = (this.next + 1) % this.limit;
      this.count = Math.min(this.count + 1, this.limit);
    }
  }

  /** The kept events, oldest first, a copy. */
  events(): LabEvent[] {
    const start = (this.next - this.count + this.limit) % this.limit;
    return Array.from(
      { length: this.count },
      (_, index) => this.ring[(start + index) % this.limit] as LabEvent,
    );
  }
}
