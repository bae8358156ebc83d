import { useSyncExternalStore } from 'react';
import { useAppServices } from '../app-context';
import type { LabState } from './lab-state';

export function useLabState(): LabState {
  const { labStore } = useAppServices();
  return useSyncExternalStore(labStore.subscribe, labStore.getSnapshot);
}
