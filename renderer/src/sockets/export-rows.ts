import type { SocketRow } from '@contract/socket-table';
import { cellText, COLUMNS } from './table-query';

/**
 * A cell that a spreadsheet would run as a formula (any process can name itself "=cmd|..."),
 * defused with a leading apostrophe; then quoted as RFC 4180 asks.
 */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 CSV of the rows as the table shows them, with a header line. */
export function rowsToCsv(rows: readonly SocketRow[]): string {
  const lines = [
    COLUMNS.join(','),
    ...rows.map((row) => COLUMNS.map((column) => csvCell(cellText(row, column))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The same rows with every field the scanner gave, for other programs. */
export function rowsToJson(rows: readonly SocketRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
