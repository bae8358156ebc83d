import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mib, sampleProcess } from '../shared/process-stats';

export interface SoakSample {
  minute: number;
  connections: number;
  rssBytes: number;
  heapUsedBytes: number;
  openFiles: number;
  /** Event-loop delay over the interval, in ms. */
  delayP50Ms: number;
  delayP99Ms: number;
  delayMaxMs: number;
}

const NS_PER_MS = 1e6;
const RESOLUTION_MS = 10;

/** The histogram records each whole timer interval, so the delay is what exceeds the resolution. */
function delayMs(nanoseconds: number): number {
  return Math.max(0, nanoseconds / NS_PER_MS - RESOLUTION_MS);
}

/** Samples this process once per interval: memory and open files now, event-loop delay since the last sample. */
export class SoakSampler {
  private readonly delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });

  constructor() {
    this.delay.enable();
  }

  sample(minute: number, connections: number): SoakSample {
    const { rssBytes, heapUsedBytes, openFiles } = sampleProcess();
    const sample = {
      minute,
      connections,
      rssBytes,
      heapUsedBytes,
      openFiles,
      delayP50Ms: delayMs(this.delay.percentile(50)),
      delayP99Ms: delayMs(this.delay.percentile(99)),
      delayMaxMs: delayMs(this.delay.max),
    };
    this.delay.reset();
    return sample;
  }

  stop(): void {
    this.delay.disable();
  }
}

export function sampleRow(sample: SoakSample): string[] {
  return [
    sample.minute.toFixed(1),
    String(sample.connections),
    mib(sample.rssBytes),
    mib(sample.heapUsedBytes),
    String(sample.openFiles),
    sample.delayP50Ms.toFixed(1),
    sample.delayP99Ms.toFixed(1),
    sample.delayMaxMs.toFixed(1),
  ];
}

export const SAMPLE_HEADER = [
  'minute',
  'conns',
  'rss MiB',
  'heap MiB',
  'open files',
  'loop delay p50 ms',
  'p99 ms',
  'max ms',
];
