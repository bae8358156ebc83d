import type { SocketRow } from '../../contract/socket-table';
import { withUniqueKeys, type UnkeyedRow } from './socket-row';

export interface ParsedTable {
  rows: SocketRow[];
  /** Lines that did not have the expected shape, skipped. */
  skippedLines: number;
}

type RowReader = (line: string) => UnkeyedRow | undefined;

/**
 * The rows of a netstat table. What comes before the first "Proto ..." header is a title, in whatever
 * language ("Active Connections", "Aktive Verbindungen"); after it, blank lines, repeated headers and the
 * notices `isNotice` knows are passed over, and any other line that does not read as a row is skipped.
 * Each header gets its own reader, for tables whose columns depend on it.
 */
export function parseNetstatLines(
  text: string,
  readerFor: (header: string) => RowReader,
  isNotice: (line: string) => boolean = () => false,
): ParsedTable {
  const rows: UnkeyedRow[] = [];
  let skippedLines = 0;
  let readRow: RowReader | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (/^Proto\b/.test(trimmed)) readRow = readerFor(trimmed);
    else if (readRow && trimmed && !isNotice(trimmed)) {
      const row = readRow(line);
      if (row) rows.push(row);
      else skippedLines += 1;
    }
  }
  return { rows: withUniqueKeys(rows), skippedLines };
}
