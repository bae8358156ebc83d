import { useStore } from 'zustand';
import { useAppServices } from '../app-context';
import type { LabSession } from './lab-store';

/** The part of the Lab `selector` picks (see lab-selectors.ts); redraws when that part changes. */
export function useLab<T>(selector: (session: LabSession) => T): T {
  const { labStore } = useAppServices();
  return useStore(labStore.session, selector);
}
