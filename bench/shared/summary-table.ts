import { printTable } from './print-table';

/** What a figure is compared with in the same run: the baseline's figure, and the ratio of the two. */
export interface Comparison {
  baseline: string;
  ratio: string;
}

/** A target and whether the figure met it. */
export interface Target {
  text: string;
  met: boolean;
}

export interface SummaryRow {
  benchmark: string;
  value: string;
  comparison: Partial<Comparison>;
  /** Undefined for figures shown for information. */
  target: Target | undefined;
}

/** The ratio as text; none against a baseline of zero (e.g. no redraws at all in either). */
export function ratioText(value: number, baseline: number): string {
  return baseline === 0 ? '-' : `${(value / baseline).toFixed(2)}x`;
}

/** A figure against a baseline figure: the baseline as `baselineText` shows it, and the ratio. */
export function compared(value: number, baseline: number, baselineText: string): Comparison {
  return { baseline: baselineText, ratio: ratioText(value, baseline) };
}

/** One row of a summary table: the figure's name and value, what it is compared with, its target. */
export function summaryRow(
  benchmark: string,
  value: string,
  comparison: Partial<Comparison> = {},
  target?: Target,
): SummaryRow {
  return { benchmark, value, comparison, target };
}

/** The heading of the value and baseline columns: what was measured, and against what. */
export interface SummaryHeadings {
  value: string;
  baseline: string;
}

export function printSummary(
  rows: SummaryRow[],
  headings: SummaryHeadings = { value: 'Lab', baseline: 'baseline' },
): void {
  printTable([
    ['benchmark', headings.value, headings.baseline, 'ratio', 'target', 'met'],
    ...rows.map(({ benchmark, value, comparison, target }) => [
      benchmark,
      value,
      comparison.baseline ?? '',
      comparison.ratio ?? '',
      target?.text ?? '',
      target === undefined ? '' : target.met ? 'yes' : 'NO',
    ]),
  ]);
}
