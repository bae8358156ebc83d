import { useStore } from 'zustand';
import { useAppServices } from '../app-context';
import type { SocketTableSession } from './socket-table-store';

/** The part of the machine's socket table `selector` picks; redraws when that part changes. */
export function useSocketTable<T>(selector: (session: SocketTableSession) => T): T {
  const { socketTableStore } = useAppServices();
  return useStore(socketTableStore.session, selector);
}
