import { createContext, useContext } from 'react';
import type { SocketScopeApi } from '@contract/api';
import type { LabStore } from './lab/lab-store';
import type { SocketTableStore } from './sockets/socket-table-store';

export interface AppServices {
  api: SocketScopeApi;
  labStore: LabStore;
  socketTableStore: SocketTableStore;
}

export const AppServicesContext = createContext<AppServices | undefined>(undefined);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices needs <AppServicesContext.Provider>.');
  return services;
}
