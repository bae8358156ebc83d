import type { LabEvent } from '@contract/events';

/**
 * The Lab's events in the order they came, kept once. Appending does not copy: each version
 * shares one array with the version it grew from and reads only its own part of it, so a
 * version a view still holds never changes. Events before `start` came before recording last
 * (re)started: the log still lists them, but the recording cannot replay them.
 */
export class RecordedEvents {
  private tailMemo: { count: number; events: readonly LabEvent[] } | undefined;

  private constructor(
    private readonly shared: LabEvent[],
    private readonly start: number,
    private readonly end: number,
  ) {}

  static empty(): RecordedEvents {
    return new RecordedEvents([], 0, 0);
  }

  /** How many events can be replayed. */
  get length(): number {
    return this.end - this.start;
  }

  /** The replayable event at `index` (negative counts from the end), as Array.prototype.at. */
  at(index: number): LabEvent | undefined {
    const position = index < 0 ? this.end + index : this.start + index;
    return position >= this.start && position < this.end ? this.shared[position] : undefined;
  }

  /** The replayable events, a copy. */
  toArray(): LabEvent[] {
    return this.shared.slice(this.start, this.end);
  }

  /** Where the last replayable event up to `seq` is; -1 if none is. */
  lastIndexUpTo(seq: number): number {
    for (let position = this.end - 1; position >= this.start; position -= 1) {
      if ((this.shared[position]?.seq ?? Number.NaN) <= seq) return position - this.start;
    }
    return -1;
  }

  /** The replayable events before `index`. */
  before(index: number): LabEvent[] {
    return this.shared.slice(this.start, this.start + Math.max(0, index));
  }

  /** The newest `count` events up to the replayable one at `index` (default: the last), earlier ones included. */
  tail(count: number, index = this.length - 1): readonly LabEvent[] {
    const upTo = this.start + index + 1;
    if (upTo !== this.end) return this.shared.slice(Math.max(0, upTo - count), upTo);
    if (this.tailMemo?.count !== count) {
      this.tailMemo = { count, events: this.shared.slice(Math.max(0, this.end - count), this.end) };
    }
    return this.tailMemo.events;
  }

  withAppended(events: readonly LabEvent[]): RecordedEvents {
    if (events.length === 0) return this;
    // Only the newest version may grow the shared array; an older one branches off with a copy.
    const shared = this.shared.length === this.end ? this.shared : this.shared.slice(0, this.end);
    for (const event of events) shared.push(event);
    return new RecordedEvents(shared, this.start, shared.length);
  }

  /**
   * Without the oldest `count` replayable events (folded into a recording's base), or, with
   * `count` = length, recording starts again after the last; either way the newest `keep` events
   * before the new start stay for the log.
   */
  withStartMovedBy(count: number, keep: number): RecordedEvents {
    const start = this.start + count;
    const from = Math.max(0, start - keep);
    return new RecordedEvents(this.shared.slice(from, this.end), start - from, this.end - from);
  }
}
