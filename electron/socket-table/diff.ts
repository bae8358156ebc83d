import type { SocketRow, SocketTableDiff } from '../contract/socket-table';

/** What makes a row "changed" when its key (protocol, endpoints, inode) stays the same. */
function sameRow(a: SocketRow, b: SocketRow): boolean {
  return (
    a.state === b.state &&
    a.sendQueue === b.sendQueue &&
    a.recvQueue === b.recvQueue &&
    a.pid === b.pid &&
    a.program === b.program &&
    a.labSocketId === b.labSocketId
  );
}

/**
 * The difference between the last table and a new scan, in one pass over each; `diff` is
 * undefined when nothing changed, so a steady machine sends nothing.
 */
export function diffSocketTables(
  previous: ReadonlyMap<string, SocketRow>,
  next: readonly SocketRow[],
): { diff: SocketTableDiff | undefined; table: Map<string, SocketRow> } {
  const table = new Map<string, SocketRow>();
  const added: SocketRow[] = [];
  const changed: SocketRow[] = [];
  for (const row of next) {
    table.set(row.key, row);
    const before = previous.get(row.key);
    if (!before) added.push(row);
    // A scan reuses the row object of an unchanged socket, so identity settles most rows at once.
    else if (before !== row && !sameRow(before, row)) changed.push(row);
  }
  const removed: string[] = [];
  for (const key of previous.keys()) if (!table.has(key)) removed.push(key);
  const diff = added.length || removed.length || changed.length ? { added, removed, changed } : undefined;
  return { diff, table };
}
