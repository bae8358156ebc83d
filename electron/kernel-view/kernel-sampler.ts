import type { LabSocket } from '../contract/events';
import type { KernelViewBatch, KernelViewLimits } from '../contract/kernel-view';
import { thrownMessage } from '../backend/thrown-message';
import { SCAN_TIME_SHARE_INVERSE } from '../socket-table/feed';
import { createProcFileReader } from '../socket-table/linux/read-proc-file';
import { runProgram as runProgramOnce, type RunProgram } from '../socket-table/shared/run-program';
import { LabSocketMatcher } from './lab-socket-matcher';
import { unavailableOn } from './platform-limits';
import { counterRises, parseProcCounters, type CounterValues } from './proc-counters';
import { SocketHistories } from './socket-histories';
import { ssArguments } from './ss-arguments';
import { parseSsOutput } from './ss-parser';

const SAMPLE_INTERVAL_MS = 100;

export interface KernelSamplerOptions {
  labSockets: () => LabSocket[];
  publish: (batch: KernelViewBatch) => void;
  intervalMs?: number;
  platform?: NodeJS.Platform;
  runProgram?: RunProgram;
  now?: () => number;
}

/**
 * Samples the kernel's view of the Lab's sockets while someone watches and the Lab has sockets
 * (or a closed connection of its own lingers in the kernel): one ss invocation and two small
 * /proc reads per sample, every intervalMs, taking at most a tenth of the time as the socket
 * table's scans do. Publishes what changed since the previous sample, nothing when nothing did.
 */
export class KernelSampler {
  private readonly matcher = new LabSocketMatcher();
  private readonly histories = new SocketHistories();
  private readonly readProcFile = createProcFileReader();
  private readonly intervalMs: number;
  private readonly platform: NodeJS.Platform;
  private readonly runProgram: RunProgram;
  private readonly now: () => number;
  private watching = false;
  private timer: NodeJS.Timeout | undefined;
  private sampling: Promise<void> | undefined;
  private lastSampleStart = 0;
  private lastSampleMs = 0;
  /** The first sample of a run knows no before: sockets it finds were not born since. */
  private firstOfRun = true;
  private counters: CounterValues | undefined;
  private limits: string | undefined;

  constructor(private readonly options: KernelSamplerOptions) {
    this.intervalMs = options.intervalMs ?? SAMPLE_INTERVAL_MS;
    this.platform = options.platform ?? process.platform;
    this.runProgram = options.runProgram ?? runProgramOnce;
    this.now = options.now ?? Date.now;
  }

  /** Someone is watching: sample now and on the interval while the Lab has sockets. */
  start(): void {
    this.watching = true;
    this.schedule(0);
  }

  /** Nobody is watching: stop sampling; the next start begins a new run. */
  stop(): void {
    this.watching = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.endRun();
  }

  /** The Lab opened or closed a socket: sample soon if the sampler was idle. */
  nudge(): void {
    this.schedule(0);
  }

  /** Samples once now; concurrent callers share the sample in flight. */
  sample(): Promise<void> {
    if (this.sampling) return this.sampling;
    this.lastSampleStart = performance.now();
    this.sampling = this.sampleOnce().finally(() => {
      this.lastSampleMs = performance.now() - this.lastSampleStart;
      this.sampling = undefined;
    });
    return this.sampling;
  }

  private schedule(delayMs = this.intervalMs): void {
    if (!this.watching || this.timer || this.sampling) return;
    const earliest = this.lastSampleStart + this.lastSampleMs * SCAN_TIME_SHARE_INVERSE;
    const dueIn = Math.max(delayMs, earliest - performance.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.sample()
        .catch(() => undefined)
        .then(() => (this.active() ? this.schedule() : this.endRun()));
    }, dueIn);
  }

  /** The Lab has sockets, or a closed one of its own is still listed. */
  private active(): boolean {
    const { tcp, udp } = this.matcher.localPorts();
    return tcp.length > 0 || udp.length > 0 || this.histories.watching;
  }

  private endRun(): void {
    this.firstOfRun = true;
    this.limits = undefined;
    this.counters = undefined;
    this.histories.clear();
  }

  private async sampleOnce(): Promise<void> {
    const at = this.now();
    this.matcher.update(this.options.labSockets(), at);
    if (this.platform !== 'linux') return this.publish({ at }, unavailableOn(this.platform));
    const batch: KernelViewBatch = { at };
    const limits: KernelViewLimits = { platform: this.platform };
    const args = ssArguments(this.matcher.localPorts());
    try {
      const output = args ? await this.runProgram('ss', args) : '';
      const rows = this.matcher.match(
        parseSsOutput(output, args?.[0]?.includes('t') ? 'tcp' : 'udp').sockets,
      );
      const sockets = this.histories.observe(rows, at, !this.firstOfRun);
      if (sockets) batch.sockets = sockets;
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      limits.unavailable = missing
        ? { reason: 'ss-missing' }
        : { reason: 'ss-failed', detail: thrownMessage(error) };
    }
    try {
      const counters = {
        ...parseProcCounters(this.readProcFile('/proc/net/snmp')),
        ...parseProcCounters(this.readProcFile('/proc/net/netstat')),
      };
      const rises = this.counters ? counterRises(this.counters, counters) : {};
      this.counters = counters;
      if (Object.keys(rises).length > 0) batch.counters = rises;
    } catch (error) {
      limits.countersUnavailable = { detail: thrownMessage(error) };
    }
    this.firstOfRun = false;
    this.publish(batch, limits);
  }

  /** Sends the batch if it holds anything; limits only in a run's first batch and when they change. */
  private publish(batch: KernelViewBatch, limits: KernelViewLimits): void {
    const limitsText = JSON.stringify(limits);
    if (limitsText !== this.limits) {
      this.limits = limitsText;
      batch.limits = limits;
    }
    if (Object.keys(batch).length > 1) this.options.publish(batch);
  }
}
