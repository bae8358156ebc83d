import type { LabSocket } from '../contract/events';
import type { ScanStats, SocketRow } from '../contract/socket-table';
import {
  DEFAULT_SCAN_INTERVAL_MS,
  type ScanError,
  type ScanSettings,
  type SocketTableSnapshot,
  type SocketTableUpdate,
} from '../contract/socket-table-stream';
import { diffSocketTables } from '../ports/diff';
import type { SocketScanner } from '../ports/scanner-types';
import { LabSocketTags } from './lab-socket-tags';

export interface SocketTableFeedOptions {
  /** Undefined where this OS has no scanner: the feed then reports that instead of rows. */
  scanner: SocketScanner | undefined;
  labSockets: () => LabSocket[];
  publish: (update: SocketTableUpdate) => void;
  intervalMs?: number;
  now?: () => number;
}

/** Long enough for a burst of Lab events (a server stopping with its clients) to settle. */
const NUDGE_DELAY_MS = 50;
/** A nudged scan waits until the last one's duration times this has passed since it began. */
const SCAN_TIME_SHARE_INVERSE = 5;

/**
 * Rescans the machine's sockets on an interval while someone watches, and publishes only what
 * changed, numbered by version so a view can tell when it missed one. A steady table publishes
 * nothing at all.
 */
export class SocketTableFeed {
  private table = new Map<string, SocketRow>();
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
  private readonly tags = new LabSocketTags();
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

  /** The Lab opened or closed a socket: rescan soon, so its row appears (or goes) at once. */
  nudge(): void {
    // Soon, but while sockets churn a scan must not follow every batch: scanning takes at most a
    // fifth of the time, however long the last scan took.
    const at = Math.max(
      performance.now() + NUDGE_DELAY_MS,
      this.lastScanStart + this.lastScanMs * SCAN_TIME_SHARE_INVERSE,
    );
    if (this.timer && this.dueAt <= at) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.schedule(at - performance.now());
  }

  configure(change: Partial<ScanSettings>): ScanSettings {
    this.settings = { ...this.settings, ...change };
    clearTimeout(this.timer);
    this.timer = undefined;
    this.schedule();
    return this.settings;
  }

  /** The whole table now, scanning first if it has never been scanned. */
  async snapshot(): Promise<SocketTableSnapshot> {
    if (this.version === 0) await this.rescan();
    return {
      rows: [...this.table.values()],
      version: this.version,
      settings: this.settings,
      ...(this.scanError ? { scanError: this.scanError } : {}),
    };
  }

  /** Who holds a port, as a fresh scan sees it: for explaining EADDRINUSE. */
  async holderOf(
    protocol: 'tcp' | 'udp',
    port: number,
  ): Promise<{ pid: number; program: string } | undefined> {
    await this.rescan();
    for (const row of this.table.values()) {
      if (!row.protocol.startsWith(protocol) || row.localPort !== port || row.pid === undefined) continue;
      if (row.state === 'LISTEN' || row.state === 'UNCONN')
        return { pid: row.pid, program: row.program ?? '?' };
    }
    return undefined;
  }

  /** Scans once now; concurrent callers share the scan in flight. */
  rescan(): Promise<void> {
    if (this.scanning) return this.scanning;
    this.lastScanStart = performance.now();
    this.scanning = this.scanOnce().finally(() => {
      this.lastScanMs = performance.now() - this.lastScanStart;
      this.scanning = undefined;
    });
    return this.scanning;
  }

  private schedule(delayMs = this.settings.intervalMs): void {
    if (!this.watching || this.settings.paused || this.timer) return;
    this.dueAt = performance.now() + delayMs;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.rescan()
        .catch(() => undefined)
        .then(() => this.schedule());
    }, delayMs);
  }

  private async scanOnce(): Promise<void> {
    const { scanner } = this.options;
    if (!scanner) {
      return this.reportError({ kind: 'unsupported-platform', detail: process.platform });
    }
    let scanned: { rows: SocketRow[]; stats: ScanStats };
    try {
      scanned = await scanner.scan();
    } catch (error) {
      return this.reportError({
        kind: 'scan-failed',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    const rows = this.tags.tag(scanned.rows, this.options.labSockets(), this.now());
    const { diff, table } = diffSocketTables(this.table, rows);
    const recovered = this.scanError !== undefined;
    this.scanError = undefined;
    this.table = table;
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
        stats: scanned.stats,
      },
    });
  }

  private reportError(error: ScanError): void {
    const changed = error.kind !== this.scanError?.kind || error.detail !== this.scanError.detail;
    this.scanError = error;
    if (changed) this.options.publish({ scanError: error });
  }
}
