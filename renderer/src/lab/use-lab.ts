import { useStore } from 'zustand';
import { useAppServices } from '../app-context';
import { selectBackendAvailable } from './lab-selectors';
import type { LabSession } from './lab-store';

/** The part of the Lab `selector` picks (see lab-selectors.ts); redraws when that part changes. */
export function useLab<T>(selector: (session: LabSession) => T): T {
  const { labStore } = useAppServices();
  return useStore(labStore.session, selector);
}

/** Whether the Lab's controls can act: the back end is there (not gone, not replaced). */
export function useBackendAvailable(): boolean {
  return useLab(selectBackendAvailable);
}
