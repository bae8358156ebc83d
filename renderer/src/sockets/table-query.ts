import { bracketedHost } from '@contract/address-text';
import type { SocketRow } from '@contract/socket-table';
import type { MarkedRow } from './socket-table-state';

export type ColumnId =
  'protocol' | 'local' | 'remote' | 'state' | 'pid' | 'program' | 'sendQueue' | 'recvQueue' | 'lab';

/** The table's columns, in the order it shows them and exports them. */
export const COLUMNS: readonly ColumnId[] = [
  'protocol',
  'local',
  'remote',
  'state',
  'pid',
  'program',
  'sendQueue',
  'recvQueue',
  'lab',
];

export interface SortOrder {
  column: ColumnId;
  direction: 'ascending' | 'descending';
}

export interface TableFilters {
  protocol: 'all' | 'tcp' | 'udp';
  /** 'all' or one state name as the table shows it. */
  state: string;
  /** A port number that either end must use; empty for any. */
  port: string;
  address: string;
  program: string;
  listeningOnly: boolean;
  mineOnly: boolean;
  /** Free text matched against every column. */
  search: string;
}

export const noFilters: TableFilters = {
  protocol: 'all',
  state: 'all',
  port: '',
  address: '',
  program: '',
  listeningOnly: false,
  mineOnly: false,
  search: '',
};

/** An address and port as people write them: IPv6 in brackets. */
export function addressText(address: string, port: number): string {
  return `${bracketedHost(address)}:${port === 0 ? '*' : port}`;
}

/** The text of one cell, as shown and as exported. */
export function cellText(row: SocketRow, column: ColumnId): string {
  switch (column) {
    case 'protocol':
      return row.protocol;
    case 'local':
      return addressText(row.localAddress, row.localPort);
    case 'remote':
      return addressText(row.remoteAddress, row.remotePort);
    case 'state':
      return row.state;
    case 'pid':
      return row.pid === undefined ? '' : String(row.pid);
    case 'program':
      return row.program ?? '';
    case 'sendQueue':
      return row.sendQueue === undefined ? '' : String(row.sendQueue);
    case 'recvQueue':
      return row.recvQueue === undefined ? '' : String(row.recvQueue);
    case 'lab':
      return row.labSocketId ?? '';
  }
}

/** One collator for every comparison: localeCompare with options builds a new one per call. */
const collator = new Intl.Collator('en', { numeric: true });

const NUMERIC: ReadonlySet<ColumnId> = new Set(['pid', 'sendQueue', 'recvQueue']);

function compareRows(a: SocketRow, b: SocketRow, column: ColumnId): number {
  if (NUMERIC.has(column)) {
    return Number(cellText(a, column) || -1) - Number(cellText(b, column) || -1);
  }
  if (column === 'local' || column === 'remote') {
    const [addressA, portA, addressB, portB] =
      column === 'local'
        ? [a.localAddress, a.localPort, b.localAddress, b.localPort]
        : [a.remoteAddress, a.remotePort, b.remoteAddress, b.remotePort];
    return collator.compare(addressA, addressB) || portA - portB;
  }
  return collator.compare(cellText(a, column), cellText(b, column));
}

export function isListening(row: SocketRow): boolean {
  return row.state === 'LISTEN' || (row.protocol.startsWith('udp') && row.state === 'UNCONN');
}

function matches(row: SocketRow, filters: TableFilters): boolean {
  if (filters.protocol !== 'all' && !row.protocol.startsWith(filters.protocol)) return false;
  if (filters.state !== 'all' && row.state !== filters.state) return false;
  const port = filters.port.trim();
  if (port && String(row.localPort) !== port && String(row.remotePort) !== port) return false;
  const address = filters.address.trim().toLowerCase();
  if (address && !`${row.localAddress} ${row.remoteAddress}`.toLowerCase().includes(address)) return false;
  const program = filters.program.trim().toLowerCase();
  if (program && !`${row.program ?? ''} ${row.commandLine ?? ''}`.toLowerCase().includes(program))
    return false;
  if (filters.listeningOnly && !isListening(row)) return false;
  if (filters.mineOnly && !row.labSocketId) return false;
  const search = filters.search.trim().toLowerCase();
  if (search && !searchableText(row).includes(search)) return false;
  return true;
}

function searchableText(row: SocketRow): string {
  const columns: ColumnId[] = ['protocol', 'local', 'remote', 'state', 'pid', 'program', 'lab'];
  return [...columns.map((column) => cellText(row, column)), row.commandLine ?? ''].join(' ').toLowerCase();
}

/** The rows the table shows, in the order it shows them. */
export function visibleRows(rows: Iterable<MarkedRow>, filters: TableFilters, sort: SortOrder): MarkedRow[] {
  const shown = [...rows].filter((view) => matches(view.row, filters));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return shown.sort(
    (a, b) => sign * compareRows(a.row, b.row, sort.column) || collator.compare(a.row.key, b.row.key),
  );
}

/** How many rows are in each state, most common first. */
export function countByState(rows: Iterable<MarkedRow>): [state: string, count: number][] {
  const counts = new Map<string, number>();
  for (const { row, mark } of rows) {
    if (mark !== 'removed') counts.set(row.state, (counts.get(row.state) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
}
