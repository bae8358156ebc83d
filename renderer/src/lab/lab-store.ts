import type { SocketScopeApi } from '@contract/api';
import type { EventBatch } from '@contract/events';
import { DEFAULT_STEP_INTERVAL_MS, type StepModeState } from '@contract/step-mode';
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
 * Views are told of changes at most this often. A lesson's events come far apart and show at
 * once; a flood brings a batch every frame, and redrawing the whole Lab that often would leave a
 * slow machine no time to answer clicks.
 */
export const NOTIFY_INTERVAL_MS = 100;

/**
 * Redrawing takes at most about a tenth of the page's time: after a redraw that took 30 ms, the
 * next waits 300 ms. On a slow machine under a flood the Lab then redraws less often, and frames
 * in between stay free for animation and clicks.
 */
export const REDRAW_TIME_SHARE_INVERSE = 10;

/**
 * The renderer's one copy of the Lab: fed by the event stream, read by the views through
 * useSyncExternalStore. Every batch updates it; views hear of it at most every NOTIFY_INTERVAL_MS,
 * or less often when redrawing is slow (REDRAW_TIME_SHARE_INVERSE).
 */
export class LabStore {
  private session: LabSession = {
    live: emptyLabState,
    recording: startRecording(emptyLabState, Date.now()),
    stepMode: stepModeOff,
  };
  private readonly listeners = new Set<() => void>();
  private lastNotified = Number.NEGATIVE_INFINITY;
  private lastRedrawMs = 0;
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;

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
    if (this.notifyTimer) return;
    const interval = Math.max(NOTIFY_INTERVAL_MS, this.lastRedrawMs * REDRAW_TIME_SHARE_INVERSE);
    const wait = this.lastNotified + interval - performance.now();
    if (wait <= 0) this.notify();
    else this.notifyTimer = setTimeout(() => this.notify(), wait);
  }

  private notify(): void {
    this.notifyTimer = undefined;
    const started = performance.now();
    this.lastNotified = started;
    this.listeners.forEach((listener) => listener());
    // React redraws for a store change in a microtask queued by the listeners, so before this one.
    queueMicrotask(() => {
      this.lastRedrawMs = performance.now() - started;
    });
  }
}
