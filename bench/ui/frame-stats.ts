import { percentile } from '../shared/percentile';
import { ratioText } from '../shared/summary-table';

/** p50, p95, p99 and max of frame-to-frame times, in milliseconds. */
export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function frameStats(deltas: readonly number[]): FrameStats {
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export function statsText({ p50, p95, p99, max }: FrameStats): string {
  return [p50, p95, p99, max].map((ms) => ms.toFixed(1)).join(' / ');
}

/** p50 / p95 / p99 / max of one set against the same of another, as ratios. */
export function statsRatioText(stats: FrameStats, baseline: FrameStats): string {
  return [
    ratioText(stats.p50, baseline.p50),
    ratioText(stats.p95, baseline.p95),
    ratioText(stats.p99, baseline.p99),
    ratioText(stats.max, baseline.max),
  ].join(' / ');
}
