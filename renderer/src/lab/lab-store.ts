import type { SocketScopeApi } from '../../../electron/contract/api';
import type { EventBatch } from '../../../electron/contract/events';
import { DEFAULT_STEP_INTERVAL_MS, type StepModeState } from '../../../electron/contract/step-mode';
import { applyEvents, emptyLabState, withOpenSockets, withoutClosed, type LabState } from './lab-state';
import { record, startRecording, type SessionRecording } from './session-recording';

/** What the Lab view draws: the Lab now, its recorded history, and step mode's queue. */
export interface LabSession {
  live: LabState;
  recording: SessionRecording;
  stepMode: StepModeState;
}

const stepModeOff: StepModeState = {
  mode: 'off',
  intervalMs: DEFAULT_STEP_INTERVAL_MS,
  held: [],
  heldCount: 0,
  heldBytes: 0,
};

/**
 * The renderer's one copy of the Lab: fed by the event stream, read by the views through
 * useSyncExternalStore. Batches arrive about once per frame, so each batch is one update.
 */
export class LabStore {
  private session: LabSession = {
    live: emptyLabState,
    recording: startRecording(emptyLabState, Date.now()),
    stepMode: stepModeOff,
  };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly api: SocketScopeApi) {}

  /** Starts following the back end; returns the function that stops. */
  connect(): () => void {
    const stop = this.api.onEvents((batch) => this.apply(batch));
    void this.resync();
    return stop;
  }

  /**
   * Catches up with sockets opened before this page loaded, or while it was disconnected. Events
   * missed meanwhile cannot be replayed, so the recording starts again from here.
   */
  async resync(): Promise<void> {
    const response = await this.api.getLabState({});
    if (!response.ok) return;
    const live = withOpenSockets(this.session.live, response.result.sockets);
    this.update({
      live,
      recording: startRecording(live, Date.now()),
      stepMode: response.result.stepMode,
    });
  }

  clearClosed(): void {
    this.update({ ...this.session, live: withoutClosed(this.session.live) });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LabSession => this.session;

  private apply(batch: EventBatch): void {
    const { live, recording, stepMode } = this.session;
    this.update({
      live: applyEvents(live, batch.events),
      recording: record(recording, batch.events),
      stepMode: batch.stepMode ?? stepMode,
    });
  }

  private update(next: LabSession): void {
    const current = this.session;
    if (
      next.live === current.live &&
      next.recording === current.recording &&
      next.stepMode === current.stepMode
    )
      return;
    this.session = next;
    this.listeners.forEach((listener) => listener());
  }
}
