import { describe, expect, it } from 'vitest';
import type { SocketRow } from '@contract/socket-table';
import { rowsToCsv, rowsToJson } from './export-rows';
import { applyUpdate, expireMarks, fromSnapshot, MARK_MS } from './socket-table-state';
import { countByState, noFilters, visibleRows, type SortOrder, type TableFilters } from './table-query';

function row(fields: Partial<SocketRow> & Pick<SocketRow, 'localPort' | 'state'>): SocketRow {
  const base = {
    protocol: 'tcp' as const,
    localAddress: '127.0.0.1',
    remoteAddress: '0.0.0.0',
    remotePort: 0,
    ...fields,
  };
  return { key: `${base.protocol}|${base.localAddress}:${base.localPort}|${base.remotePort}`, ...base };
}

const listener = row({ localPort: 5346, state: 'LISTEN', pid: 42, program: 'node', labSocketId: 'server-1' });
const client = row({
  localPort: 41000,
  remoteAddress: '127.0.0.1',
  remotePort: 5346,
  state: 'ESTABLISHED',
  pid: 42,
});
const ssh = row({ localAddress: '0.0.0.0', localPort: 22, state: 'LISTEN', pid: 1, program: 'sshd' });
const dns = row({
  protocol: 'udp6',
  localAddress: '::1',
  localPort: 53,
  state: 'UNCONN',
  program: 'resolved',
});
const all = fromSnapshot([listener, client, ssh, dns], 1);

function keysShown(
  filters: Partial<TableFilters>,
  sort: SortOrder = { column: 'local', direction: 'ascending' },
) {
  return visibleRows(all.rows.values(), { ...noFilters, ...filters }, sort).map((view) => view.row.localPort);
}

describe('visibleRows', () => {
  it('filters by protocol, state, port, address, program, listening and Lab ownership', () => {
    expect(keysShown({ protocol: 'udp' })).toEqual([53]);
    expect(keysShown({ state: 'LISTEN' })).toEqual([22, 5346]);
    expect(keysShown({ port: '5346' })).toEqual([5346, 41000]);
    expect(keysShown({ address: '::1' })).toEqual([53]);
    expect(keysShown({ program: 'SSH' })).toEqual([22]);
    expect(keysShown({ listeningOnly: true })).toEqual([53, 22, 5346]);
    expect(keysShown({ mineOnly: true })).toEqual([5346]);
    expect(keysShown({ search: 'server-1' })).toEqual([5346]);
    expect(keysShown({ search: 'established' })).toEqual([41000]);
  });

  it('sorts by any column, both ways, numbers as numbers', () => {
    expect(keysShown({}, { column: 'local', direction: 'ascending' })).toEqual([53, 22, 5346, 41000]);
    expect(keysShown({}, { column: 'pid', direction: 'descending' })).toEqual([5346, 41000, 22, 53]);
    expect(keysShown({}, { column: 'state', direction: 'ascending' })).toEqual([41000, 22, 5346, 53]);
  });

  it('counts rows per state, most common first', () => {
    expect(countByState(all.rows.values())).toEqual([
      ['LISTEN', 2],
      ['ESTABLISHED', 1],
      ['UNCONN', 1],
    ]);
  });
});

describe('table updates', () => {
  const now = 1_000_000;

  it('marks added, changed and removed rows, then lets removed rows go when their time is up', () => {
    const closing = { ...client, state: 'TIME_WAIT' };
    const fresh = row({ localPort: 8080, state: 'LISTEN' });
    const next = applyUpdate(
      all,
      {
        fromVersion: 1,
        version: 2,
        diff: { added: [fresh], removed: [ssh.key], changed: [closing] },
        stats: { rows: 4, skippedLines: 0, durationMs: 1, pidMapped: true },
      },
      now,
    );
    expect(next?.version).toBe(2);
    expect(next?.rows.get(fresh.key)?.mark).toBe('added');
    expect(next?.rows.get(client.key)).toMatchObject({ mark: 'changed', row: { state: 'TIME_WAIT' } });
    expect(next?.rows.get(ssh.key)?.mark).toBe('removed');

    const later = expireMarks(next ?? all, now + MARK_MS);
    expect(later.rows.has(ssh.key)).toBe(false);
    expect(later.rows.get(fresh.key)?.mark).toBeUndefined();
    expect(expireMarks(later, now + 2 * MARK_MS)).toBe(later);
  });

  it('keeps a row added moments ago marked new when its details change, for a fresh mark time', () => {
    const fresh = row({ localPort: 8080, state: 'SYN_SENT' });
    const stats = { rows: 5, skippedLines: 0, durationMs: 1, pidMapped: true };
    const added = applyUpdate(
      all,
      { fromVersion: 1, version: 2, diff: { added: [fresh], removed: [], changed: [] }, stats },
      now,
    );
    const settled = { ...fresh, state: 'ESTABLISHED' };
    const changed = applyUpdate(
      added ?? all,
      { fromVersion: 2, version: 3, diff: { added: [], removed: [], changed: [settled] }, stats },
      now + 1000,
    );
    expect(changed?.rows.get(fresh.key)).toEqual({
      row: settled,
      mark: 'added',
      markUntil: now + 1000 + MARK_MS,
    });
  });

  it('refuses a diff that does not follow on from its version, so the view fetches a snapshot', () => {
    const diff = { added: [], removed: [], changed: [] };
    const stats = { rows: 0, skippedLines: 0, durationMs: 0, pidMapped: false };
    expect(applyUpdate(all, { fromVersion: 5, version: 6, diff, stats }, now)).toBeUndefined();
  });
});

describe('export', () => {
  it('writes the rows as CSV with a header, quoting and defusing formulas', () => {
    const hostile = row({ localPort: 1, state: 'LISTEN', program: '=HYPERLINK("x"),a' });
    const csv = rowsToCsv([listener, hostile]);
    expect(csv.split('\r\n')).toEqual([
      'protocol,local,remote,state,pid,program,sendQueue,recvQueue,lab',
      'tcp,127.0.0.1:5346,0.0.0.0:*,LISTEN,42,node,,,server-1',
      `tcp,127.0.0.1:1,0.0.0.0:*,LISTEN,,"'=HYPERLINK(""x""),a",,,`,
      '',
    ]);
  });

  it('defuses every character a spreadsheet starts a formula with, and quotes line breaks', () => {
    const programs = ['+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd', 'a\rb', 'a\nb', 'plain'];
    const csv = rowsToCsv(
      programs.map((program, index) => row({ localPort: index + 1, state: 'LISTEN', program })),
    );
    const programCells = csv
      .slice(0, -2)
      .split(/\r\n(?=tcp,)/)
      .slice(1)
      .map((line) => line.split(',')[5]);
    expect(programCells).toEqual([
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tcmd",
      `"'\rcmd"`,
      '"a\rb"',
      '"a\nb"',
      'plain',
    ]);
  });

  it('writes every field as JSON', () => {
    expect(JSON.parse(rowsToJson([dns]))).toEqual([dns]);
  });
});
