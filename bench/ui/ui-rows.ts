import { statsRatioText, statsText, type FrameStats } from './frame-stats';
import type { FrameFigures } from './page-frames';
import type { LabChurnFigures, LabWindow } from './lab-churn-phase';
import type { LabFigures } from './lab-flood-phase';
import type { SocketsFigures } from './sockets-phase';
import { mib, MIB } from '../shared/process-stats';
import { compared, ratioText, summaryRow, type Comparison, type SummaryRow } from '../shared/summary-table';

/** One frame at 60 Hz. */
export const FRAME_TARGET_MS = 16.7;
export const ANSWER_TARGET_MS = 100;
export const HEAP_GROWTH_BOUND_BYTES = 50 * MIB;
export const RSS_GROWTH_BOUND_BYTES = 100 * MIB;

/** p50 / p95 / p99 / max against the same of the page in a calmer state (`label`). */
function against(load: FrameStats, calm: FrameStats, label: string): Comparison {
  return { baseline: `${statsText(calm)} (${label})`, ratio: statsRatioText(load, calm) };
}

const frameTarget = (work: FrameStats) => ({
  text: `p95 < ${FRAME_TARGET_MS}`,
  met: work.p95 < FRAME_TARGET_MS,
});

/** The target is checked on each frame's work; the rAF interval (the old measure) is shown beside it. */
function frameRows(name: string, load: FrameFigures, calm: FrameFigures, label = 'idle'): SummaryRow[] {
  return [
    summaryRow(
      `${name}: work per frame, ms p50/p95/p99/max (${load.work.frames} frames)`,
      statsText(load.work),
      against(load.work, calm.work, label),
      frameTarget(load.work),
    ),
    summaryRow(
      `${name}: rAF interval (vsync-paced, old measure), ms`,
      statsText(load.rafIntervals),
      against(load.rafIntervals, calm.rafIntervals, label),
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

/** The churn must keep the pace asked of it, or the table changes less often than the phase says. */
const CHURN_PACE = 0.95;

const perSecond = (count: number, window: LabWindow) => count / window.seconds;

export function churnRows({ quiet, churning, churn, churnWanted }: LabChurnFigures): SummaryRow[] {
  const churnRate = churn.cycles / churn.seconds;
  const redraws = (window: LabWindow) => perSecond(window.commits.panelCommits, window);
  const renders = (window: LabWindow) => perSecond(window.commits.panelRenders, window);
  const commits = (window: LabWindow) => perSecond(window.commits.commits, window);
  const againstQuiet = (pick: (window: LabWindow) => number) =>
    compared(pick(churning), pick(quiet), `${pick(quiet).toFixed(1)} (quiet)`);
  return [
    summaryRow(
      'Lab + client, table churning: loopback connect+close per s (own process)',
      `${churnRate.toFixed(1)}${churn.failed > 0 ? ` (${churn.failed} failed)` : ''}`,
      {},
      { text: `>= ${(CHURN_PACE * churnWanted).toFixed(1)}`, met: churnRate >= CHURN_PACE * churnWanted },
    ),
    summaryRow(
      `Lab + client, quiet: work per frame, ms p50/p95/p99/max (${quiet.frames.work.frames} frames)`,
      statsText(quiet.frames.work),
      {},
      frameTarget(quiet.frames.work),
    ),
    ...frameRows('Lab + client, table churning', churning.frames, quiet.frames, 'quiet'),
    summaryRow(
      'Lab + client, table churning: page commits per s (every view)',
      commits(churning).toFixed(1),
      againstQuiet(commits),
    ),
    summaryRow(
      'Lab + client, table churning: Lab redraws (commits rendering in it) per s',
      redraws(churning).toFixed(1),
      againstQuiet(redraws),
      { text: '<= quiet', met: redraws(churning) <= redraws(quiet) },
    ),
    summaryRow(
      'Lab + client, table churning: Lab component renders per s',
      renders(churning).toFixed(1),
      againstQuiet(renders),
    ),
  ];
}
