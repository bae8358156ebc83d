import { ratioText, type SummaryRow } from '../shared/summary-table';
import type { ScanFigures } from './scan-summary';

export function scanRows(scan: ScanFigures): SummaryRow[] {
  return [
    {
      benchmark: 'socket table: first scan with PIDs, ms',
      lab: scan.firstScanWithPids.toFixed(1),
      baseline: `${scan.ssTanp.toFixed(1)} (ss -tanp)`,
      ratio: ratioText(scan.firstScanWithPids, scan.ssTanp),
      target: '<= 1.00x',
      met: scan.firstScanWithPids <= scan.ssTanp,
    },
    {
      benchmark: 'socket table: steady rescan + diff, ms',
      lab: scan.steadyRescan.toFixed(1),
      baseline: '',
      ratio: '',
      target: '< 50 ms',
      met: scan.steadyRescan < 50,
    },
  ];
}
