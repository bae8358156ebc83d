import { compared, summaryRow, type SummaryRow } from '../shared/summary-table';
import type { ScanFigures } from './scan-summary';

export function scanRows(scan: ScanFigures): SummaryRow[] {
  return [
    summaryRow(
      'socket table: first scan with PIDs, ms',
      scan.firstScanWithPids.toFixed(1),
      compared(scan.firstScanWithPids, scan.ssTanp, `${scan.ssTanp.toFixed(1)} (ss -tanp)`),
      { text: '<= 1.00x', met: scan.firstScanWithPids <= scan.ssTanp },
    ),
    summaryRow(
      'socket table: steady rescan + diff, ms',
      scan.steadyRescan.toFixed(1),
      {},
      { text: '< 50 ms', met: scan.steadyRescan < 50 },
    ),
  ];
}
