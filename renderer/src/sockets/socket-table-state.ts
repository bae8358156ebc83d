import type { SocketRow } from '@contract/socket-table';
import type { SocketTableChange } from '@contract/socket-table-stream';

/** How a row changed lately: new rows flash green, changed ones yellow, closing ones red (as TCPView). */
export type RowMark = 'added' | 'changed' | 'removed';

export interface RowView {
  row: SocketRow;
  mark?: RowMark;
  /** When the mark fades (and a removed row goes), in ms since the epoch. */
  markUntil?: number;
}

export interface SocketTableState {
  rows: ReadonlyMap<string, RowView>;
  /** The back end's table version these rows reflect; -1 before the first snapshot. */
  version: number;
}

/** How long a new, changed or closing row stays marked. */
export const MARK_MS = 3000;

export const emptySocketTable: SocketTableState = { rows: new Map(), version: -1 };

export function fromSnapshot(rows: readonly SocketRow[], version: number): SocketTableState {
  return { rows: new Map(rows.map((row) => [row.key, { row }])), version };
}

/** Applies one diff; undefined when it does not follow on from this state (a fresh snapshot is needed). */
export function applyUpdate(
  state: SocketTableState,
  update: SocketTableChange,
  now: number,
): SocketTableState | undefined {
  if (update.fromVersion !== state.version) return undefined;
  const rows = new Map(state.rows);
  const markUntil = now + MARK_MS;
  for (const key of update.diff.removed) {
    const known = rows.get(key);
    if (known) rows.set(key, { row: known.row, mark: 'removed', markUntil });
  }
  for (const row of update.diff.added) rows.set(row.key, { row, mark: 'added', markUntil });
  for (const row of update.diff.changed) {
    const known = rows.get(row.key);
    // A row added moments ago stays green while its details settle.
    const mark = known?.mark === 'added' ? 'added' : 'changed';
    rows.set(row.key, { row, mark, markUntil });
  }
  return { rows, version: update.version };
}

/** Clears faded marks and drops removed rows whose time is up; the same state when nothing expired. */
export function expireMarks(state: SocketTableState, now: number): SocketTableState {
  let rows: Map<string, RowView> | undefined;
  for (const [key, view] of state.rows) {
    if (view.markUntil === undefined || view.markUntil > now) continue;
    rows ??= new Map(state.rows);
    if (view.mark === 'removed') rows.delete(key);
    else rows.set(key, { row: view.row });
  }
  return rows ? { ...state, rows } : state;
}

export function hasMarks(state: SocketTableState): boolean {
  for (const view of state.rows.values()) if (view.mark) return true;
  return false;
}
