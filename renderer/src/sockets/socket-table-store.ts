import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SocketScopeApi } from '@contract/api';
import type { CommandError } from '@contract/responses';
import type { ScanError, ScanSettings, SocketTableUpdate } from '@contract/socket-table-stream';
import { settleCommand } from '../commands/settle-command';
import {
  applyUpdate,
  emptySocketTable,
  expireMarks,
  fromSnapshot,
  hasMarks,
  type SocketTableState,
} from './socket-table-state';

export interface SocketTableSession {
  table: SocketTableState;
  settings: ScanSettings | undefined;
  /** Why the last scan failed, if it did. */
  scanError: ScanError | undefined;
  /** Why the last refresh or change of scan settings failed, until one succeeds. */
  commandError: CommandError | undefined;
}

const SWEEP_MS = 500;

/**
 * The renderer's copy of the machine's socket table: a snapshot, then the back end's diffs.
 * A diff that does not follow on from the copy (a reconnect, a missed batch) brings a fresh
 * snapshot instead. Marks (new, changed, closing) fade on a timer that runs only while any show,
 * and wait while the table is paused.
 */
export class SocketTableStore {
  /** What views select from. */
  readonly session: StoreApi<SocketTableSession> = createStore<SocketTableSession>()(() => ({
    table: emptySocketTable,
    settings: undefined,
    scanError: undefined,
    commandError: undefined,
  }));
  private sweepTimer: ReturnType<typeof setInterval> | undefined;
  private refreshing = false;

  constructor(
    private readonly api: SocketScopeApi,
    private readonly now: () => number = Date.now,
  ) {}

  connect(): () => void {
    const stop = this.api.subscribe('socket-table', (update) => this.receive(update));
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
    const response = await settleCommand(() => this.api.getSocketTable({}));
    this.refreshing = false;
    if (!response.ok) return this.update({ commandError: response.error });
    const { rows, version, settings, scanError } = response.result;
    this.update({ table: fromSnapshot(rows, version), settings, scanError, commandError: undefined });
  }

  async setScan(change: Partial<ScanSettings>): Promise<void> {
    const response = await settleCommand(() => this.api.setSocketScan(change));
    this.update(
      response.ok ? { settings: response.result, commandError: undefined } : { commandError: response.error },
    );
  }

  private receive(update: SocketTableUpdate): void {
    const { table, scanError } = this.session.getState();
    if (update.scanError !== scanError) this.update({ scanError: update.scanError });
    if (!update.change) return;
    const next = applyUpdate(table, update.change, this.now());
    if (next) this.update({ table: next });
    else void this.refresh();
  }

  private update(change: Partial<SocketTableSession>): void {
    this.session.setState(change);
    if (hasMarks(this.session.getState().table) && !this.sweepTimer) {
      this.sweepTimer = setInterval(() => this.sweep(), SWEEP_MS);
    }
  }

  private sweep(): void {
    const { table, settings } = this.session.getState();
    // Paused, the table holds still to be read: marks and closing rows stay until it resumes.
    if (settings?.paused) return;
    const next = expireMarks(table, this.now());
    if (next !== table) this.update({ table: next });
    if (!hasMarks(next)) {
      clearInterval(this.sweepTimer);
      this.sweepTimer = undefined;
    }
  }
}
