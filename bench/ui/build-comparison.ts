import { frameStats, statsRatioText, statsText } from './frame-stats';
import type { FrameFigures } from './page-frames';
import { compared, summaryRow, type SummaryRow } from '../shared/summary-table';
import type { LabWindow } from './lab-churn-phase';
import type { UiRound } from './ui-round';

/** Each frame window of a round, by the name its rows carry. */
const WINDOWS: [string, (round: UiRound) => FrameFigures][] = [
  ['idle Lab', (round) => round.lab.idle],
  ['Sockets view scrolling', (round) => round.sockets.scrolling],
  ['Lab flood, first window', (round) => round.lab.floodFirst],
  ['Lab flood, last window', (round) => round.lab.floodLast],
  ['Lab + client, quiet', (round) => round.churn.quiet.frames],
  ['Lab + client, table churning', (round) => round.churn.churning.frames],
];

const rate =
  (count: (window: LabWindow) => number, pick: (round: UiRound) => LabWindow) => (rounds: UiRound[]) =>
    rounds.reduce((sum, round) => sum + count(pick(round)), 0) /
    rounds.reduce((sum, round) => sum + pick(round).seconds, 0);

const mean = (pick: (round: UiRound) => number) => (rounds: UiRound[]) =>
  rounds.reduce((sum, round) => sum + pick(round), 0) / rounds.length;

/** Figures of each round taken together: counts over all rounds' seconds, times as their mean. */
const FIGURES: [string, (rounds: UiRound[]) => number][] = [
  [
    'Lab + client, quiet: Lab redraws per s',
    rate(
      (w) => w.commits.panelCommits,
      (r) => r.churn.quiet,
    ),
  ],
  [
    'Lab + client, table churning: Lab redraws per s',
    rate(
      (w) => w.commits.panelCommits,
      (r) => r.churn.churning,
    ),
  ],
  [
    'Lab + client, table churning: Lab component renders per s',
    rate(
      (w) => w.commits.panelRenders,
      (r) => r.churn.churning,
    ),
  ],
  [
    'Lab + client, table churning: page commits per s',
    rate(
      (w) => w.commits.commits,
      (r) => r.churn.churning,
    ),
  ],
  ['Sockets view: tab click -> first row painted, ms (mean)', mean((round) => round.sockets.firstPaintMs)],
  ['Lab flood: slowest tab click, ms (mean)', mean((round) => Math.max(...round.lab.answersMs))],
];

/**
 * This build against the baseline build, both measured in the same run in alternating rounds:
 * each frame window's frames pooled over the rounds, then the counts and times.
 */
export function buildComparisonRows(current: UiRound[], baseline: UiRound[]): SummaryRow[] {
  const pooled = (rounds: UiRound[], pick: (round: UiRound) => FrameFigures) =>
    frameStats(rounds.flatMap((round) => pick(round).workMs));
  return [
    ...WINDOWS.map(([name, pick]) => {
      const ours = pooled(current, pick);
      const theirs = pooled(baseline, pick);
      return summaryRow(
        `${name}: work per frame, ms p50/p95/p99/max (${ours.frames} vs ${theirs.frames} frames)`,
        statsText(ours),
        { baseline: statsText(theirs), ratio: statsRatioText(ours, theirs) },
      );
    }),
    ...FIGURES.map(([name, figure]) => {
      const ours = figure(current);
      const theirs = figure(baseline);
      return summaryRow(name, ours.toFixed(1), compared(ours, theirs, theirs.toFixed(1)));
    }),
  ];
}
