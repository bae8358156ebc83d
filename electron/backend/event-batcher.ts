import type { LabEvent } from '../contract/events';
import type { StepModeState } from '../contract/step-mode';
import type { LabEventBatch } from '../contract/streams';

export interface LabEventBatcherOptions {
  /** About one animation frame. */
  intervalMs: number;
  /** Data events kept whole per batch; past this, each socket's data is merged into one summary. */
  maxDataEventsPerBatch: number;
  deliver: (batch: LabEventBatch) => void;
}

type DataSummary = Extract<LabEvent, { type: 'data-summary' }>;

/**
 * Gathers events into one batch per interval so that a flood of data never floods the
 * transport. Under a flood, data events beyond the per-batch bound are merged per socket and
 * direction into a summary that keeps the exact byte count, placed where the first merged one was.
 */
export class LabEventBatcher {
  private events: LabEvent[] = [];
  private dataEvents = 0;
  private summaries = new Map<string, DataSummary>();
  private stepMode: StepModeState | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: LabEventBatcherOptions) {}

  push(event: LabEvent): void {
    if (event.type === 'data-sent' || event.type === 'data-received') {
      if (this.dataEvents >= this.options.maxDataEventsPerBatch) {
        this.summarize(event);
        this.schedule();
        return;
      }
      this.dataEvents += 1;
    }
    this.events.push(event);
    this.schedule();
  }

  /** Step mode's latest state goes out with the next batch; earlier ones it replaces are skipped. */
  setStepMode(state: StepModeState): void {
    this.stepMode = state;
    this.schedule();
  }

  /** Delivers what is pending now; used on shutdown so the last events are not lost. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.events.length === 0 && !this.stepMode) return;
    const batch: LabEventBatch = {
      events: this.events,
      ...(this.stepMode ? { stepMode: this.stepMode } : {}),
    };
    this.events = [];
    this.stepMode = undefined;
    this.dataEvents = 0;
    this.summaries.clear();
    this.options.deliver(batch);
  }

  private summarize(event: Extract<LabEvent, { type: 'data-sent' | 'data-received' }>): void {
    const direction = event.type === 'data-sent' ? 'sent' : 'received';
    const key = `${event.socketId}/${direction}`;
    const summary = this.summaries.get(key);
    if (summary) {
      summary.bytes += event.bytes;
      summary.chunks += 1;
      // The summary keeps the first merged event's number, so numbers still rise along the batch.
      summary.at = event.at;
      return;
    }
    const created: DataSummary = {
      type: 'data-summary',
      seq: event.seq,
      at: event.at,
      socketId: event.socketId,
      direction,
      bytes: event.bytes,
      chunks: 1,
    };
    this.summaries.set(key, created);
    this.events.push(created);
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), this.options.intervalMs);
  }
}
