import type { SocketScopeApi } from '@contract/api';
import type { EventBatch } from '@contract/events';
import type { ScanError, ScanSettings } from '@contract/socket-table-stream';
import {
  applyUpdate,
  emptySocketTable,
  expireMarks,
  fromSnapshot,
  hasMarks,
  type SocketTableState,
} from './socket-table-state';

export interface SocketTableSnapshot {
  table: SocketTableState;
  settings: ScanSettings | undefined;
  /** Why the last scan failed, if it did. */
  scanError: ScanError | undefined;
}

const SWEEP_MS = 500;

/**
 * The renderer's copy of the machine's socket table: a snapshot, then the back end's diffs.
 * A diff that does not follow on from the copy (a reconnect, a missed batch) brings a fresh
 * snapshot instead. Marks (new, changed, closing) fade on a timer that runs only while any show,
 * and wait while the table is paused.
 */
export class SocketTableStore {
  private snapshot: SocketTableSnapshot = {
    table: emptySocketTable,
    settings: undefined,
    scanError: undefined,
  };
  private readonly listeners = new Set<() => void>();
  private sweepTimer: ReturnType<typeof setInterval> | undefined;
  private refreshing = false;

  constructor(
    private readonly api: SocketScopeApi,
    private readonly now: () => number = Date.now,
  ) {}

  connect(): () => void {
    const stop = this.api.onEvents((batch: EventBatch) => this.receive(batch));
    void this.refresh();
    return () => {
      stop();
      clearInterval(this.sweepTimer);
    };
  }

  /** Fetches the whole table again. */
  async refresh(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    const response = await this.api.getSocketTable({});
    this.refreshing = false;
    if (!response.ok) return;
    const { rows, version, settings, scanError } = response.result;
    this.update({ table: fromSnapshot(rows, version), settings, scanError });
  }

  async setScan(change: Partial<ScanSettings>): Promise<void> {
    const response = await this.api.setSocketScan(change);
    if (response.ok) this.update({ ...this.snapshot, settings: response.result });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SocketTableSnapshot => this.snapshot;

  private receive(batch: EventBatch): void {
    const update = batch.socketTable;
    if (!update) return;
    if (update.scanError !== this.snapshot.scanError)
      this.update({ ...this.snapshot, scanError: update.scanError });
    if (!update.change) return;
    const table = applyUpdate(this.snapshot.table, update.change, this.now());
    if (table) this.update({ ...this.snapshot, table });
    else void this.refresh();
  }

  private update(next: SocketTableSnapshot): void {
    this.snapshot = next;
    this.listeners.forEach((listener) => listener());
    if (hasMarks(next.table) && !this.sweepTimer) {
      this.sweepTimer = setInterval(() => this.sweep(), SWEEP_MS);
    }
  }

  private sweep(): void {
    // Paused, the table holds still to be read: marks and closing rows stay until it resumes.
    if (this.snapshot.settings?.paused) return;
    const table = expireMarks(this.snapshot.table, this.now());
    if (table !== this.snapshot.table) this.update({ ...this.snapshot, table });
    if (!hasMarks(this.snapshot.table)) {
      clearInterval(this.sweepTimer);
      this.sweepTimer = undefined;
    }
  }
}
