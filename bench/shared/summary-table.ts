import { printTable } from './print-table';

export interface SummaryRow {
  benchmark: string;
  lab: string;
  baseline: string;
  ratio: string;
  target: string;
  /** Undefined for figures shown for information, with no target. */
  met: boolean | undefined;
}

export function ratioText(lab: number, baseline: number): string {
  return `${(lab / baseline).toFixed(2)}x`;
}

export function printSummary(rows: SummaryRow[]): void {
  printTable([
    ['benchmark', 'Lab', 'baseline', 'ratio', 'target', 'met'],
    ...rows.map((row) => [
      row.benchmark,
      row.lab,
      row.baseline,
      row.ratio,
      row.target,
      row.met === undefined ? '' : row.met ? 'yes' : 'NO',
    ]),
  ]);
}
