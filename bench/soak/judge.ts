import { mib } from '../shared/process-stats';
import type { SoakSample } from './sampler';

export interface Stability {
  what: string;
  earlier: string;
  later: string;
  stable: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const highest = (values: number[]) => Math.max(...values);

/**
 * Compares the soak's later half with its earlier half, the first sample (the warm-up) left out.
 * Churn fills the socket table with a minute of TIME_WAIT rows, and memory climbs with it to a
 * plateau: a first-against-last check reads that climb as growth. Growth is the later half
 * rising above the earlier one: its peak rss more than 10% above the earlier peak, open files
 * more than one churn batch's sockets above the start, or its median loop-delay p99 more than
 * double the earlier median (or 10 ms more).
 */
export function judgeStability(samples: SoakSample[], churnSockets: number): Stability[] {
  const measured = samples.length > 2 ? samples.slice(1) : samples;
  const half = Math.max(1, Math.floor(measured.length / 2));
  const earlier = measured.slice(0, half);
  const later = measured.slice(-half);
  const start = samples[0];
  if (!start || earlier.length === 0) return [];
  const rss = (part: SoakSample[]) => highest(part.map((sample) => sample.rssBytes));
  const files = (part: SoakSample[]) => highest(part.map((sample) => sample.openFiles));
  const delay = (part: SoakSample[]) => median(part.map((sample) => sample.delayP99Ms));
  return [
    {
      what: 'rss, highest',
      earlier: `${mib(rss(earlier))} MiB`,
      later: `${mib(rss(later))} MiB`,
      stable: rss(later) <= rss(earlier) * 1.1,
    },
    {
      what: 'open files, highest',
      earlier: String(files(earlier)),
      later: String(files(later)),
      stable: files(later) <= start.openFiles + churnSockets,
    },
    {
      what: 'event-loop delay p99, median',
      earlier: `${delay(earlier).toFixed(1)} ms`,
      later: `${delay(later).toFixed(1)} ms`,
      stable: delay(later) <= Math.max(delay(earlier) * 2, delay(earlier) + 10),
    },
  ];
}
