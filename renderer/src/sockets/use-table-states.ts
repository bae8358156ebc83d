import { useMemo, useSyncExternalStore } from 'react';
import { useAppServices } from '../app-context';

/**
 * The socket-table state of each Lab socket that has a row (LISTEN, ESTABLISHED, TIME_WAIT...),
 * so the Lab can say which row of the table is which of its sockets.
 */
export function useTableStatesOfLabSockets(): ReadonlyMap<string, string> {
  const { socketTableStore } = useAppServices();
  const { table } = useSyncExternalStore(socketTableStore.subscribe, socketTableStore.getSnapshot);
  return useMemo(() => {
    const states = new Map<string, string>();
    for (const { row, mark } of table.rows.values()) {
      if (row.labSocketId && mark !== 'removed') states.set(row.labSocketId, row.state);
    }
    return states;
  }, [table.rows]);
}
