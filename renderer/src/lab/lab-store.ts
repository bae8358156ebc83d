import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SocketScopeApi } from '@contract/api';
import type { CommandError } from '@contract/responses';
import type { LabEventBatch } from '@contract/streams';
import { DEFAULT_STEP_INTERVAL_MS, type StepModeState } from '@contract/step-mode';
import { settleCommand } from '../commands/settle-command';
import type { ConnectionStatus } from '../api/api-connection';
import { emptyLabState, withOpenSockets, withoutClosed } from './lab-state';
import {
  record,
  resumedRecording,
  startRecording,
  withHead,
  type SessionRecording,
} from './session-recording';

/** What the Lab view draws: the recorded Lab (its head is the Lab now) and step mode's queue. */
export interface LabSession {
  recording: SessionRecording;
  stepMode: StepModeState;
  /** Why the Lab could not be caught up with the back end, if the last try failed. */
  syncError: CommandError | undefined;
  /** Whether the back end is there: when it is gone, so are its sockets. */
  backend: ConnectionStatus;
}

/** Where the LabStore hears whether the back end is reachable. */
export interface ConnectionStatusSource {
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
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
 * once; a flood brings a batch every frame, and redrawing the Lab that often would leave a
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
 * The Lab's stream applied to the one recording. Every batch is recorded at once; `session`,
 * which views select from, hears of it at most every NOTIFY_INTERVAL_MS, or less often when
 * redrawing is slow (REDRAW_TIME_SHARE_INVERSE).
 */
export class LabStore {
  private latest: LabSession = {
    recording: startRecording(emptyLabState, Date.now()),
    stepMode: stepModeOff,
    syncError: undefined,
    backend: 'open',
  };
  /** The session as views last heard of it. */
  readonly session: StoreApi<LabSession> = createStore<LabSession>()(() => this.latest);
  private lastNotified = Number.NEGATIVE_INFINITY;
  private lastRedrawMs = 0;
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;

  /** `connection`: where the back end's comings and goings are heard (the desktop app's never go). */
  constructor(
    private readonly api: SocketScopeApi,
    private readonly connection?: ConnectionStatusSource,
  ) {}

  /** Starts following the back end; returns the function that stops. */
  connect(): () => void {
    const stop = this.api.subscribe('lab', (batch) => this.apply(batch));
    const stopStatus = this.connection?.onStatus((status) => this.followStatus(status));
    // With a connection to follow, the store catches up each time it opens (see followStatus).
    if (this.connection) this.followStatus(this.connection.status());
    else void this.resync();
    return () => {
      stop();
      stopStatus?.();
    };
  }

  /**
   * Catches up with the back end when this page loads or reconnects: the recording is rebuilt
   * from the events the back end kept (the latest 5,000), so a reload or a second tab continues
   * the session; sockets opened before those events are taken from its list of open sockets.
   */
  async resync(): Promise<void> {
    const response = await settleCommand(() => this.api.getLabState({}));
    if (!response.ok) {
      this.update({ ...this.latest, syncError: response.error });
      return;
    }
    const { sockets, stepMode, events } = response.result;
    const resumed = resumedRecording(this.latest.recording, events, Date.now());
    this.update({
      ...this.latest,
      recording: withHead(resumed, withOpenSockets(resumed.head, sockets)),
      stepMode,
      syncError: undefined,
    });
  }

  private followStatus(status: ConnectionStatus): void {
    const { recording } = this.latest;
    // A back end that is gone took its sockets with it: none may still be drawn as open.
    const gone = status === 'lost' || status === 'replaced';
    this.update({
      ...this.latest,
      backend: status,
      recording: gone ? withHead(recording, withOpenSockets(recording.head, [])) : recording,
    });
    // Loaded, or back after a drop: sockets may have changed while no event could arrive.
    if (status === 'open') void this.resync();
  }

  clearClosed(): void {
    const { recording } = this.latest;
    this.update({ ...this.latest, recording: withHead(recording, withoutClosed(recording.head)) });
  }

  private apply(batch: LabEventBatch): void {
    const { recording, stepMode } = this.latest;
    this.update({
      ...this.latest,
      recording: record(recording, batch.events),
      stepMode: batch.stepMode ?? stepMode,
    });
  }

  private update(next: LabSession): void {
    const current = this.latest;
    if (
      next.recording === current.recording &&
      next.stepMode === current.stepMode &&
      next.syncError === current.syncError &&
      next.backend === current.backend
    )
      return;
    this.latest = next;
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
    this.session.setState(this.latest, true);
    // React redraws for a store change in a microtask queued by the listeners, so before this one.
    queueMicrotask(() => {
      this.lastRedrawMs = performance.now() - started;
    });
  }
}
