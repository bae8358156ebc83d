import type { SocketTableSession } from './socket-table-store';

/** Each Lab socket's state in the machine's table: the same Map while the Lab's rows stay as they were. */
export const selectLabSocketStates = (session: SocketTableSession) => session.table.labSocketStates;
