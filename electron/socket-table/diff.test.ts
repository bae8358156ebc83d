import { describe, expect, it } from 'vitest';
import type { SocketRow } from '../contract/socket-table';
import { diffSocketTables } from './diff';

const row = (port: number, fields: Partial<SocketRow> = {}): SocketRow => ({
  key: `tcp|127.0.0.1|${port}`,
  protocol: 'tcp',
  localAddress: '127.0.0.1',
  localPort: port,
  remoteAddress: '0.0.0.0',
  remotePort: 0,
  state: 'LISTEN',
  ...fields,
});

const tableOf = (...rows: SocketRow[]) => new Map(rows.map((r) => [r.key, r]));

describe('diffSocketTables', () => {
  it('lists added, removed and changed rows by key', () => {
    const before = tableOf(row(1), row(2), row(3));
    const { diff, table } = diffSocketTables(before, [row(1), row(3, { state: 'CLOSE_WAIT' }), row(4)]);
    expect(diff).toEqual({
      added: [row(4)],
      removed: [row(2).key],
      changed: [row(3, { state: 'CLOSE_WAIT' })],
    });
    expect([...table.keys()]).toEqual([row(1).key, row(3).key, row(4).key]);
  });

  it.each([
    ['receive queue', { recvQueue: 10 }],
    ['send queue', { sendQueue: 10 }],
    ['state', { state: 'CLOSE_WAIT' as const }],
    ['owner pid', { pid: 99 }],
    ['owner program', { program: 'nginx' }],
    ['Lab tag', { labSocketId: 'server-1' }],
  ])('sees a change of %s', (_what, change) => {
    expect(diffSocketTables(tableOf(row(1)), [row(1, change)]).diff?.changed).toEqual([row(1, change)]);
  });

  it('gives no diff at all when nothing changed, so nothing is sent', () => {
    expect(diffSocketTables(tableOf(row(1), row(2)), [row(2), row(1)]).diff).toBeUndefined();
    expect(diffSocketTables(new Map(), []).diff).toBeUndefined();
  });
});
