import type { LabSocket, SocketErrorInfo } from '../contract/events';
import type { SocketRow, SocketTableDiff } from '../contract/socket-table';
import {
  DEFAULT_SCAN_INTERVAL_MS,
  type ScanError,
  type ScanSettings,
  type FullSocketTable,
  type SocketTableUpdate,
} from '../contract/socket-table-stream';
import type { SocketTableTracker, TableStep } from './tracker';
import { thrownMessage } from '../backend/thrown-message';

/** What the socket table says holds a port; spread into an EADDRINUSE error. */
export type PortHolder = Pick<SocketErrorInfo, 'heldBy' | 'timeWait'>;

export interface SocketTableFeedOptions {
  /** Undefined where this OS has no scanner: the feed then reports that instead of rows. */
  tracker: SocketTableTracker | undefined;
  labSockets: () => LabSocket[];
  publish: (update: SocketTableUpdate) => void;
  intervalMs?: number;
  now?: () => number;
}

/** Long enough for a burst of Lab events (a server stopping with its clients) to settle. */
const NUDGE_DELAY_MS = 50;
/**
 * Scanning takes at most a tenth of the time: a scan, due or nudged, waits until the last one's
 * work times this has passed since it began. A table of tens of thousands of rows (TIME_WAIT
 * after heavy churn) is then refreshed less often instead of costing a core. The work excludes
 * starting the worker, which under load took most of a second and would have held the next
 * scan back for ten.
 */
export const SCAN_TIME_SHARE_INVERSE = 10;

/**
 * Rescans the machine's sockets on an interval while someone watches, and publishes only what
 * changed, numbered by version so a view can tell when it missed one. A steady table publishes
 * nothing at all.
 */
export class SocketTableFeed {
  private readonly table = new Map<string, SocketRow>();
  private version = 0;
  private settings: ScanSettings;
  private timer: NodeJS.Timeout | undefined;
  /** When the pending timer fires (performance.now() time). */
  private dueAt = 0;
  private lastScanStart = 0;
  private lastScanMs = 0;
  private watching = false;
  private scanning: Promise<void> | undefined;
  private scanError: ScanError | undefined;
  private readonly now: () => number;

  constructor(private readonly options: SocketTableFeedOptions) {
    this.settings = { intervalMs: options.intervalMs ?? DEFAULT_SCAN_INTERVAL_MS, paused: false };
    this.now = options.now ?? Date.now;
  }

  /** Someone is watching: scan on the interval (unless paused). */
  start(): void {
    this.watching = true;
    this.schedule();
  }

  /** Nobody is watching: stop scanning. */
  stop(): void {
    this.watching = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** For good: stops scanning and lets the tracker go. */
  close(): void {
    this.stop();
    this.options.tracker?.close();
  }

  /** The rows as of the last scan, keyed by row key. */
  get rows(): ReadonlyMap<string, SocketRow> {
    return this.table;
  }

  /** The Lab opened or closed a socket: rescan soon, so its row appears (or goes) at once. */
  nudge(): void {
    // Soon, but while sockets churn a scan must not follow every batch.
    const at = Math.max(performance.now() + NUDGE_DELAY_MS, this.earliestScan());
    if (this.timer && this.dueAt <= at) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.schedule(at - performance.now());
  }

  /**
   * New settings. Pausing waits for a scan in flight to publish its change first, so that once a
   * page hears "paused", its table holds still; only explaining an EADDRINUSE (holderOf) scans
   * while paused, since the answer must be current.
   */
  async configure(change: Partial<ScanSettings>): Promise<ScanSettings> {
    this.settings = { ...this.settings, ...change };
    clearTimeout(this.timer);
    this.timer = undefined;
    this.schedule();
    if (this.settings.paused) await this.scanning?.catch(() => undefined);
    return this.settings;
  }

  /** The whole table now, scanning first if it has never been scanned. */
  async snapshot(): Promise<FullSocketTable> {
    if (this.version === 0) await this.rescan();
    return {
      rows: [...this.table.values()],
      version: this.version,
      settings: this.settings,
      ...(this.scanError ? { scanError: this.scanError } : {}),
    };
  }

  /**
   * Who holds a port, as a scan begun after this call sees it: for explaining EADDRINUSE. A
   * listening socket's program when the table can tell; else a connection in TIME_WAIT on it.
   */
  async holderOf(protocol: 'tcp' | 'udp', port: number): Promise<PortHolder | undefined> {
    // A scan in flight may have read the table before the port was taken.
    if (this.scanning) await this.scanning.catch(() => undefined);
    await this.rescan();
    let timeWait = false;
    for (const row of this.table.values()) {
      if (!row.protocol.startsWith(protocol) || row.localPort !== port) continue;
      if ((row.state === 'LISTEN' || row.state === 'UNCONN') && row.pid !== undefined) {
        return { heldBy: { pid: row.pid, program: row.program ?? '?' } };
      }
      if (row.state === 'TIME_WAIT') timeWait = true;
    }
    return timeWait ? { timeWait: true } : undefined;
  }

  /** Scans once now; concurrent callers share the scan in flight. */
  rescan(): Promise<void> {
    if (this.scanning) return this.scanning;
    this.lastScanStart = performance.now();
    this.scanning = this.scanOnce().finally(() => {
      this.scanning = undefined;
    });
    return this.scanning;
  }

  private earliestScan(): number {
    return this.lastScanStart + this.lastScanMs * SCAN_TIME_SHARE_INVERSE;
  }

  private schedule(delayMs = this.settings.intervalMs): void {
    if (!this.watching || this.settings.paused || this.timer) return;
    this.dueAt = Math.max(performance.now() + delayMs, this.earliestScan());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.rescan()
        .catch(() => undefined)
        .then(() => this.schedule());
    }, this.dueAt - performance.now());
  }

  private async scanOnce(): Promise<void> {
    const { tracker } = this.options;
    if (!tracker) {
      return this.reportError({ kind: 'unsupported-platform', detail: process.platform });
    }
    let step: TableStep;
    try {
      step = await tracker.next(this.options.labSockets(), this.now());
    } catch (error) {
      // A scan that failed (a netstat timing out, say) reports no work: its wall time stands in.
      this.lastScanMs = performance.now() - this.lastScanStart;
      return this.reportError({ kind: 'scan-failed', detail: thrownMessage(error) });
    }
    const { diff, stats, workMs } = step;
    this.lastScanMs = workMs;
    const recovered = this.scanError !== undefined;
    this.scanError = undefined;
    if (diff) applyDiff(this.table, diff);
    if (!diff && this.version > 0) {
      if (recovered) this.options.publish({});
      return;
    }
    const fromVersion = this.version;
    this.version += 1;
    this.options.publish({
      change: {
        fromVersion,
        version: this.version,
        diff: diff ?? { added: [], removed: [], changed: [] },
        stats,
      },
    });
  }

  private reportError(error: ScanError): void {
    const changed = error.kind !== this.scanError?.kind || error.detail !== this.scanError.detail;
    this.scanError = error;
    if (changed) this.options.publish({ scanError: error });
  }
}

function applyDiff(table: Map<string, SocketRow>, { added, removed, changed }: SocketTableDiff): void {
  for (const key of removed) table.delete(key);
  for (const row of added) table.set(row.key, row);
  for (const row of changed) table.set(row.key, row);
}
