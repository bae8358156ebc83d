import { describe, expect, it } from 'vitest';
import type { SocketRow } from '@contract/socket-table';
import { fromSnapshot } from './socket-table-state';
import { cellText, countByState, isListening, noFilters, visibleRows } from './table-query';
import type { ColumnId, SortOrder, TableFilters } from './table-query';

function row(fields: Partial<SocketRow> & Pick<SocketRow, 'localPort'>): SocketRow {
  const base = {
    protocol: 'tcp' as const,
    localAddress: '127.0.0.1',
    remoteAddress: '0.0.0.0',
    remotePort: 0,
    state: 'ESTABLISHED',
    ...fields,
  };
  return { key: `${base.protocol}|${base.localAddress}:${base.localPort}|${base.remotePort}`, ...base };
}

const web = row({
  localPort: 8080,
  remoteAddress: '10.0.0.2',
  remotePort: 50000,
  pid: 900,
  program: 'Nginx',
  commandLine: 'nginx: worker process',
  sendQueue: 10,
  recvQueue: 200,
});
const peer = row({ localPort: 8080, remoteAddress: '10.0.0.10', remotePort: 9, sendQueue: 2, recvQueue: 3 });
const peerLowPort = row({ localPort: 8080, remoteAddress: '10.0.0.10', remotePort: 7 });
const stray = row({ protocol: 'tcp6', localAddress: 'FE80::1', localPort: 443, state: 'UNCONN' });
const dns = row({ protocol: 'udp', localPort: 53, state: 'UNCONN', program: 'resolved' });
const rows = [web, peer, peerLowPort, stray, dns];

function shown(filters: Partial<TableFilters>, sort: SortOrder = { column: 'lab', direction: 'ascending' }) {
  return visibleRows(fromSnapshot(rows, 1).rows.values(), { ...noFilters, ...filters }, sort).map(
    (view) => view.row,
  );
}

const ascending = (column: ColumnId): SortOrder => ({ column, direction: 'ascending' });

describe('the cells the table shows', () => {
  it('shows the program and both queues, and nothing where the scanner had nothing', () => {
    expect(['program', 'sendQueue', 'recvQueue'].map((c) => cellText(web, c as ColumnId))).toEqual([
      'Nginx',
      '10',
      '200',
    ]);
    expect(['program', 'sendQueue', 'recvQueue'].map((c) => cellText(stray, c as ColumnId))).toEqual([
      '',
      '',
      '',
    ]);
  });
});

describe('sorting', () => {
  it('sorts queues as numbers, rows without a figure first', () => {
    expect(shown({}, ascending('recvQueue')).map((r) => r.recvQueue)).toEqual([
      undefined,
      undefined,
      undefined,
      3,
      200,
    ]);
    expect(shown({}, ascending('sendQueue')).slice(-2)).toEqual([peer, web]);
  });

  it('sorts by the peer address, then its port as a number', () => {
    const order = shown({ port: '8080' }, ascending('remote'));
    expect(order).toEqual([web, peerLowPort, peer]);
  });

  it('sorts by the local address, then its port', () => {
    const order = shown(
      { protocol: 'tcp', state: 'ESTABLISHED' },
      { column: 'local', direction: 'descending' },
    );
    expect(order[0]?.localPort).toBe(8080);
    expect(shown({}, ascending('local')).map((r) => r.localPort)).toEqual([53, 8080, 8080, 8080, 443]);
  });
});

describe('filters, as people type them', () => {
  it('ignores case and surrounding spaces in every text box', () => {
    expect(shown({ port: ' 53 ' })).toEqual([dns]);
    expect(shown({ address: ' fe80::1 ' })).toEqual([stray]);
    expect(shown({ address: 'FE80::1' })).toEqual([stray]);
    expect(shown({ program: ' NGINX ' })).toEqual([web]);
    expect(shown({ search: ' RESOLVED ' })).toEqual([dns]);
  });

  it('finds a program by its command line, in the program box and the search box', () => {
    expect(shown({ program: 'worker process' })).toEqual([web]);
    expect(shown({ search: 'worker process' })).toEqual([web]);
  });

  it('searches every column people see', () => {
    expect(shown({ search: 'udp' })).toEqual([dns]);
    expect(shown({ search: '10.0.0.2:50000' })).toEqual([web]);
    expect(shown({ search: '[fe80::1]:443' })).toEqual([stray]);
    expect(shown({ search: '900' })).toEqual([web]);
  });

  it('takes only LISTEN and unconnected UDP sockets as listening', () => {
    expect(isListening(dns)).toBe(true);
    expect(isListening(stray)).toBe(false);
    expect(isListening(web)).toBe(false);
    expect(isListening({ ...web, state: 'LISTEN' })).toBe(true);
    expect(shown({ listeningOnly: true })).toEqual([dns]);
  });
});

describe('countByState', () => {
  it('leaves out rows that are closing', () => {
    const marked = [
      { row: web },
      { row: peer, mark: 'removed' as const, markUntil: 1 },
      { row: dns, mark: 'added' as const, markUntil: 1 },
    ];
    expect(countByState(marked)).toEqual([
      ['ESTABLISHED', 1],
      ['UNCONN', 1],
    ]);
  });
});
