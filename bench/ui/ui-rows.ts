import { statsText, type FrameStats } from './frame-stats';
import type { FrameFigures } from './page-frames';
import type { LabFigures } from './lab-flood-phase';
import type { SocketsFigures } from './sockets-phase';
import { mib, MIB } from '../shared/process-stats';
import { ratioText, type SummaryRow } from '../shared/summary-table';

/** One frame at 60 Hz. */
export const FRAME_TARGET_MS = 16.7;
export const ANSWER_TARGET_MS = 100;
export const HEAP_GROWTH_BOUND_BYTES = 50 * MIB;
export const RSS_GROWTH_BOUND_BYTES = 100 * MIB;

function ratios(load: FrameStats, idle: FrameStats): string {
  return [
    ratioText(load.p50, idle.p50),
    ratioText(load.p95, idle.p95),
    ratioText(load.p99, idle.p99),
    ratioText(load.max, idle.max),
  ].join(' / ');
}

/** The target is checked on each frame's work; the rAF interval (the old measure) is shown beside it. */
function frameRows(name: string, load: FrameFigures, idle: FrameFigures): SummaryRow[] {
  return [
    {
      benchmark: `${name}: work per frame, ms p50/p95/p99/max (${load.work.frames} frames)`,
      lab: statsText(load.work),
      baseline: `${statsText(idle.work)} (idle)`,
      ratio: ratios(load.work, idle.work),
      target: `p95 < ${FRAME_TARGET_MS}`,
      met: load.work.p95 < FRAME_TARGET_MS,
    },
    {
      benchmark: `${name}: rAF interval (vsync-paced, old measure), ms`,
      lab: statsText(load.rafIntervals),
      baseline: `${statsText(idle.rafIntervals)} (idle)`,
      ratio: ratios(load.rafIntervals, idle.rafIntervals),
      target: '',
      met: undefined,
    },
  ];
}

/**
 * The measure must read an idle page well under one frame, and a known load as that load.
 * Without either, the frame rows below would mean nothing.
 */
export function methodCheckRows(idle: FrameFigures, loaded: FrameFigures, busyMs: number): SummaryRow[] {
  const highest = busyMs * 1.1;
  return [
    {
      benchmark: `idle Lab: work per frame, ms p50/p95/p99/max (${idle.work.frames} frames)`,
      lab: statsText(idle.work),
      baseline: '',
      ratio: '',
      target: `p95 < ${FRAME_TARGET_MS}`,
      met: idle.work.p95 < FRAME_TARGET_MS,
    },
    info('idle Lab: rAF interval (vsync-paced, old measure), ms', statsText(idle.rafIntervals)),
    {
      benchmark: `method check: ${busyMs} ms of script per frame, work p50 ms`,
      lab: `${loaded.work.p50.toFixed(1)} (rAF interval ${loaded.rafIntervals.p50.toFixed(1)})`,
      baseline: String(busyMs),
      ratio: ratioText(loaded.work.p50, busyMs),
      target: `${busyMs} to ${highest.toFixed(0)}`,
      met: loaded.work.p50 >= busyMs && loaded.work.p50 <= highest,
    },
  ];
}

const info = (benchmark: string, lab: string): SummaryRow => ({
  benchmark,
  lab,
  baseline: '',
  ratio: '',
  target: '',
  met: undefined,
});

export function socketsRows(figures: SocketsFigures, idle: FrameFigures, wanted: number): SummaryRow[] {
  return [
    {
      benchmark: 'Sockets view: rows in the table',
      lab: String(figures.rows),
      baseline: '',
      ratio: '',
      target: `>= ${wanted}`,
      met: figures.rows >= wanted,
    },
    info('Sockets view: sockets opened -> table counts them, ms', figures.tableFilledMs.toFixed(0)),
    info('Sockets view: tab click -> first row painted, ms', figures.firstPaintMs.toFixed(0)),
    ...frameRows('Sockets view scrolling', figures.scrolling, idle),
  ];
}

/** Growth from the first sample to the last; the largest sample shows whether it levelled off. */
function growthRow(name: string, values: readonly number[], bound: number): SummaryRow {
  const first = values[0] ?? Number.NaN;
  const last = values.at(-1) ?? Number.NaN;
  const growth = last - first;
  return {
    benchmark: `${name} growth, MiB`,
    lab: `${mib(growth)} (start ${mib(first)}, max ${mib(Math.max(...values))}, end ${mib(last)})`,
    baseline: '',
    ratio: ratioText(last, first),
    target: `< ${mib(bound)}`,
    met: growth < bound,
  };
}

export function labRows(figures: LabFigures): SummaryRow[] {
  const first = figures.samples[0];
  const last = figures.samples.at(-1);
  const slowestAnswer = Math.max(...figures.answersMs);
  const minutes = (figures.floodSeconds / 60).toFixed(1);
  const rows: SummaryRow[] = [
    info('Lab flood: echoed MiB/s (raw TCP client)', mib(figures.echoedBytes / figures.floodSeconds)),
    ...frameRows('Lab flood, first window', figures.floodFirst, figures.idle),
    ...frameRows('Lab flood, last window', figures.floodLast, figures.idle),
    {
      benchmark: `Lab flood: tab click answered, slowest of ${figures.answersMs.length * 2}, ms`,
      lab: slowestAnswer.toFixed(0),
      baseline: '',
      ratio: '',
      target: `< ${ANSWER_TARGET_MS}`,
      met: slowestAnswer < ANSWER_TARGET_MS,
    },
  ];
  if (first && last) {
    rows.push(
      growthRow(
        `page JS heap (after GC) over ${minutes} min`,
        figures.samples.map((sample) => sample.heapBytes),
        HEAP_GROWTH_BOUND_BYTES,
      ),
      growthRow(
        `back-end rss over ${minutes} min`,
        figures.samples.map((sample) => sample.rssBytes),
        RSS_GROWTH_BOUND_BYTES,
      ),
      info('page DOM nodes, start -> end', `${first.domNodes} -> ${last.domNodes}`),
    );
  }
  return rows;
}
