import { describe, expect, it } from 'vitest';
import type { SocketRow } from '@contract/socket-table';
import type { SocketTableChange } from '@contract/socket-table-stream';
import { applyUpdate, expireMarks, fromSnapshot, hasMarks, MARK_MS } from './socket-table-state';

function row(localPort: number, fields: Partial<SocketRow> = {}): SocketRow {
  return {
    key: `tcp|127.0.0.1:${localPort}`,
    protocol: 'tcp',
    localAddress: '127.0.0.1',
    localPort,
    remoteAddress: '0.0.0.0',
    remotePort: 0,
    state: 'LISTEN',
    ...fields,
  };
}

const stats = { rows: 0, skippedLines: 0, durationMs: 1, pidMapped: true };
function change(version: number, diff: Partial<SocketTableChange['diff']>): SocketTableChange {
  return { fromVersion: version - 1, version, diff: { added: [], removed: [], changed: [], ...diff }, stats };
}

const now = 5_000_000;
const labServer = row(5346, { labSocketId: 'server-1' });
const other = row(22);

describe('marks on the table', () => {
  it('has no marks after a snapshot, and has them after an update', () => {
    const table = fromSnapshot([labServer, other], 1);
    expect(hasMarks(table)).toBe(false);
    const next = applyUpdate(table, change(2, { added: [row(80)] }), now);
    expect(next && hasMarks(next)).toBe(true);
  });

  it('ignores the removal of a row it never had', () => {
    const table = fromSnapshot([other], 1);
    const next = applyUpdate(table, change(2, { removed: ['tcp|127.0.0.1:9'] }), now);
    expect(next?.rows.has('tcp|127.0.0.1:9')).toBe(false);
    expect(next?.rows.size).toBe(1);
  });

  it('marks a row that changed and was not new as changed', () => {
    const table = fromSnapshot([other], 1);
    const next = applyUpdate(table, change(2, { changed: [{ ...other, sendQueue: 5 }] }), now);
    expect(next?.rows.get(other.key)).toEqual({
      row: { ...other, sendQueue: 5 },
      mark: 'changed',
      markUntil: now + MARK_MS,
    });
  });

  it('keeps marks until their time, then keeps the row unmarked', () => {
    const table = applyUpdate(fromSnapshot([], 1), change(2, { added: [other] }), now) ?? fromSnapshot([], 0);
    expect(expireMarks(table, now + MARK_MS - 1)).toBe(table);
    const later = expireMarks(table, now + MARK_MS);
    expect(later.rows.get(other.key)).toEqual({ row: other });
    expect(hasMarks(later)).toBe(false);
  });
});

describe('the Lab sockets the table names', () => {
  it('follows a Lab socket through its states, and forgets it once it closes', () => {
    const table = fromSnapshot([labServer, other], 1);
    expect(table.labSocketStates).toEqual(new Map([['server-1', 'LISTEN']]));
    const closing = applyUpdate(table, change(2, { changed: [{ ...labServer, state: 'CLOSE_WAIT' }] }), now);
    expect(closing?.labSocketStates).toEqual(new Map([['server-1', 'CLOSE_WAIT']]));
    const gone = closing && applyUpdate(closing, change(3, { removed: [labServer.key] }), now);
    expect(gone?.labSocketStates).toEqual(new Map());
  });

  it('names a Lab socket that appears', () => {
    const table = fromSnapshot([other], 1);
    const next = applyUpdate(table, change(2, { added: [row(6000, { labSocketId: 'client-2' })] }), now);
    expect(next?.labSocketStates).toEqual(new Map([['client-2', 'LISTEN']]));
  });

  it('hands the Lab the same states when only the rest of the machine changed', () => {
    const table = fromSnapshot([labServer, other], 1);
    const next = applyUpdate(
      table,
      change(2, { changed: [{ ...other, state: 'CLOSE' }], added: [row(81)] }),
      now,
    );
    expect(next?.labSocketStates).toBe(table.labSocketStates);
    const sameLab = next && applyUpdate(next, change(3, { changed: [{ ...labServer, recvQueue: 4 }] }), now);
    expect(sameLab?.labSocketStates).toBe(table.labSocketStates);
  });
});
