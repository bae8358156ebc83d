import { statsText, type FrameStats } from './frame-stats';
import type { FrameFigures } from './page-frames';
import type { LabFigures } from './lab-flood-phase';
import type { SocketsFigures } from './sockets-phase';
import { mib, MIB } from '../shared/process-stats';
import { compared, ratioText, summaryRow, type Comparison, type SummaryRow } from '../shared/summary-table';

/** One frame at 60 Hz. */
export const FRAME_TARGET_MS = 16.7;
export const ANSWER_TARGET_MS = 100;
export const HEAP_GROWTH_BOUND_BYTES = 50 * MIB;
export const RSS_GROWTH_BOUND_BYTES = 100 * MIB;

/** p50 / p95 / p99 / max against the same of the idle page. */
function againstIdle(load: FrameStats, idle: FrameStats): Comparison {
  return {
    baseline: `${statsText(idle)} (idle)`,
    ratio: [
      ratioText(load.p50, idle.p50),
      ratioText(load.p95, idle.p95),
      ratioText(load.p99, idle.p99),
      ratioText(load.max, idle.max),
    ].join(' / '),
  };
}

const frameTarget = (work: FrameStats) => ({
  text: `p95 < ${FRAME_TARGET_MS}`,
  met: work.p95 < FRAME_TARGET_MS,
});

/** The target is checked on each frame's work; the rAF interval (the old measure) is shown beside it. */
function frameRows(name: string, load: FrameFigures, idle: FrameFigures): SummaryRow[] {
  return [
    summaryRow(
      `${name}: work per frame, ms p50/p95/p99/max (${load.work.frames} frames)`,
      statsText(load.work),
      againstIdle(load.work, idle.work),
      frameTarget(load.work),
    ),
    summaryRow(
      `${name}: rAF interval (vsync-paced, old measure), ms`,
      statsText(load.rafIntervals),
      againstIdle(load.rafIntervals, idle.rafIntervals),
    ),
  ];
}

/**
 * The measure must read an idle page well under one frame, and a known load as that load.
 * Without either, the frame rows below would mean nothing.
 */
export function methodCheckRows(idle: FrameFigures, loaded: FrameFigures, busyMs: number): SummaryRow[] {
  const highest = busyMs * 1.1;
  return [
    summaryRow(
      `idle Lab: work per frame, ms p50/p95/p99/max (${idle.work.frames} frames)`,
      statsText(idle.work),
      {},
      frameTarget(idle.work),
    ),
    summaryRow('idle Lab: rAF interval (vsync-paced, old measure), ms', statsText(idle.rafIntervals)),
    summaryRow(
      `method check: ${busyMs} ms of script per frame, work p50 ms`,
      `${loaded.work.p50.toFixed(1)} (rAF interval ${loaded.rafIntervals.p50.toFixed(1)})`,
      compared(loaded.work.p50, busyMs, String(busyMs)),
      {
        text: `${busyMs} to ${highest.toFixed(0)}`,
        met: loaded.work.p50 >= busyMs && loaded.work.p50 <= highest,
      },
    ),
  ];
}

export function socketsRows(figures: SocketsFigures, idle: FrameFigures, wanted: number): SummaryRow[] {
  return [
    summaryRow(
      'Sockets view: rows in the table',
      String(figures.rows),
      {},
      {
        text: `>= ${wanted}`,
        met: figures.rows >= wanted,
      },
    ),
    summaryRow('Sockets view: sockets opened -> table counts them, ms', figures.tableFilledMs.toFixed(0)),
    summaryRow('Sockets view: tab click -> first row painted, ms', figures.firstPaintMs.toFixed(0)),
    ...frameRows('Sockets view scrolling', figures.scrolling, idle),
  ];
}

/** Growth from the first sample to the last; the largest sample shows whether it levelled off. */
function growthRow(name: string, values: readonly number[], bound: number): SummaryRow {
  const first = values[0] ?? Number.NaN;
  const last = values.at(-1) ?? Number.NaN;
  const growth = last - first;
  return summaryRow(
    `${name} growth, MiB`,
    `${mib(growth)} (start ${mib(first)}, max ${mib(Math.max(...values))}, end ${mib(last)})`,
    { ratio: ratioText(last, first) },
    { text: `< ${mib(bound)}`, met: growth < bound },
  );
}

export function labRows(figures: LabFigures): SummaryRow[] {
  const first = figures.samples[0];
  const last = figures.samples.at(-1);
  const slowestAnswer = Math.max(...figures.answersMs);
  const minutes = (figures.floodSeconds / 60).toFixed(1);
  const rows: SummaryRow[] = [
    summaryRow('Lab flood: echoed MiB/s (raw TCP client)', mib(figures.echoedBytes / figures.floodSeconds)),
    ...frameRows('Lab flood, first window', figures.floodFirst, figures.idle),
    ...frameRows('Lab flood, last window', figures.floodLast, figures.idle),
    summaryRow(
      `Lab flood: tab click answered, slowest of ${figures.answersMs.length * 2}, ms`,
      slowestAnswer.toFixed(0),
      {},
      { text: `< ${ANSWER_TARGET_MS}`, met: slowestAnswer < ANSWER_TARGET_MS },
    ),
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
      summaryRow('page DOM nodes, start -> end', `${first.domNodes} -> ${last.domNodes}`),
    );
  }
  return rows;
}
