import type { SocketScopeApi } from '../../../electron/contract/api';
import type { EventBatch } from '../../../electron/contract/events';
import { applyEvents, emptyLabState, withOpenSockets, withoutClosed, type LabState } from './lab-state';

/**
 * The renderer's one copy of the Lab: fed by the event stream, read by the views through
 * useSyncExternalStore. Batches arrive about once per frame, so each batch is one update.
 */
export class LabStore {
  private state: LabState = emptyLabState;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly api: SocketScopeApi) {}

  /** Starts following the back end; returns the function that stops. */
  connect(): () => void {
    const stop = this.api.onEvents((batch: EventBatch) => this.update(applyEvents(this.state, batch.events)));
    void this.resync();
    return stop;
  }

  /** Catches up with sockets opened before this page loaded, or while it was disconnected. */
  async resync(): Promise<void> {
    const response = await this.api.getLabState({});
    if (response.ok) this.update(withOpenSockets(this.state, response.result.sockets));
  }

  clearClosed(): void {
    this.update(withoutClosed(this.state));
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LabState => this.state;

  private update(next: LabState): void {
    if (next === this.state) return;
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }
}
