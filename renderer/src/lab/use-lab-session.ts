import { useSyncExternalStore } from 'react';
import { useAppServices } from '../app-context';
import type { LabSession } from './lab-store';

export function useLabSession(): LabSession {
  const { labStore } = useAppServices();
  return useSyncExternalStore(labStore.subscribe, labStore.getSnapshot);
}
