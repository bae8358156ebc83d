import { describe, expect, it } from 'vitest';
import { createCommandScanner } from './command-scanner';
import type { SocketRow } from '../../contract/socket-table';
import type { ParsedTable } from './netstat-lines';

const table: ParsedTable = {
  rows: [
    {
      key: 'tcp|127.0.0.1|5173|0.0.0.0|0|4812',
      protocol: 'tcp',
      localAddress: '127.0.0.1',
      localPort: 5173,
      remoteAddress: '0.0.0.0',
      remotePort: 0,
      state: 'LISTEN',
      pid: 4812,
      program: 'Google Chrome He',
    },
    {
      key: 'udp|0.0.0.0|5353|0.0.0.0|0|0',
      protocol: 'udp',
      localAddress: '0.0.0.0',
      localPort: 5353,
      remoteAddress: '0.0.0.0',
      remotePort: 0,
      state: 'UNCONN',
    },
  ],
  skippedLines: 2,
};

describe('createCommandScanner', () => {
  it('names each owner from the process list and adds up the tables', async () => {
    const scanner = createCommandScanner({
      readTables: async () => [table, { rows: [], skippedLines: 1 }],
      readPrograms: async () => new Map([[4812, 'Google Chrome Helper']]),
    });
    const { rows, stats } = await scanner.scan();
    expect(rows.map((row) => row.program)).toEqual(['Google Chrome Helper', undefined]);
    expect(stats).toMatchObject({ rows: 2, skippedLines: 3, pidMapped: true });
  });

  it('says the owner ended when the process list no longer holds its pid, and netstat named none', async () => {
    const [chrome, unbound] = table.rows as [SocketRow, SocketRow];
    const { program: _printed, ...unnamed } = chrome;
    const scanner = createCommandScanner({
      readTables: async () => [{ rows: [chrome, { ...unnamed, key: 'other' }, unbound], skippedLines: 0 }],
      readPrograms: async () => new Map([[1, 'launchd']]),
    });
    const { rows } = await scanner.scan();
    expect(rows.map((row) => [row.program, row.ownerHidden])).toEqual([
      ['Google Chrome He', undefined],
      [undefined, 'ended'],
      [undefined, undefined],
    ]);
  });

  it('keeps the rows, and the names netstat gave, when the process list fails', async () => {
    const scanner = createCommandScanner({
      readTables: async () => [table],
      readPrograms: () => Promise.reject(new Error('ps: killed')),
    });
    expect((await scanner.scan()).rows).toEqual(table.rows);
  });

  it('fails the scan when netstat fails', async () => {
    const scanner = createCommandScanner({
      readTables: () => Promise.reject(new Error('spawn netstat ENOENT')),
      readPrograms: async () => new Map(),
    });
    await expect(scanner.scan()).rejects.toThrow('ENOENT');
  });
});
