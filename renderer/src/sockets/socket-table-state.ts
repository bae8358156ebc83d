import type { SocketRow } from '@contract/socket-table';
import type { SocketTableChange } from '@contract/socket-table-stream';

/** How a row changed lately: new rows flash green, changed ones yellow, closing ones red (as TCPView). */
export type RowMark = 'added' | 'changed' | 'removed';

export interface MarkedRow {
  row: SocketRow;
  mark?: RowMark;
  /** When the mark fades (and a removed row goes), in ms since the epoch. */
  markUntil?: number;
}

export interface SocketTableState {
  rows: ReadonlyMap<string, MarkedRow>;
  /** The back end's table version these rows reflect; -1 before the first snapshot. */
  version: number;
  /**
   * The state of each Lab socket that has a row (LISTEN, ESTABLISHED, TIME_WAIT...), for the Lab
   * to show: the same Map until one of those rows changes, so the Lab does not redraw for the
   * rest of the machine.
   */
  labSocketStates: ReadonlyMap<string, string>;
}

/** How long a new, changed or closing row stays marked. */
export const MARK_MS = 3000;

export const emptySocketTable: SocketTableState = {
  rows: new Map(),
  version: -1,
  labSocketStates: new Map(),
};

export function fromSnapshot(rows: readonly SocketRow[], version: number): SocketTableState {
  const marked = new Map(rows.map((row) => [row.key, { row }]));
  return { rows: marked, version, labSocketStates: labSocketStatesOf(marked) };
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
  const touchesLab =
    [...update.diff.added, ...update.diff.changed].some((row) => row.labSocketId) ||
    [...update.diff.removed, ...update.diff.changed.map((row) => row.key)].some(
      (key) => state.rows.get(key)?.row.labSocketId,
    );
  const labSocketStates = touchesLab
    ? sameOrNew(state.labSocketStates, labSocketStatesOf(rows))
    : state.labSocketStates;
  return { rows, version: update.version, labSocketStates };
}

/** Clears faded marks and drops removed rows whose time is up; the same state when nothing expired. */
export function expireMarks(state: SocketTableState, now: number): SocketTableState {
  let rows: Map<string, MarkedRow> | undefined;
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

function labSocketStatesOf(rows: ReadonlyMap<string, MarkedRow>): ReadonlyMap<string, string> {
  const states = new Map<string, string>();
  for (const { row, mark } of rows.values()) {
    if (row.labSocketId && mark !== 'removed') states.set(row.labSocketId, row.state);
  }
  return states;
}

function sameOrNew(known: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>) {
  if (known.size !== next.size) return next;
  for (const [socketId, state] of next) if (known.get(socketId) !== state) return next;
  return known;
}
