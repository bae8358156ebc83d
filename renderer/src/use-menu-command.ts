import { useEffect, useRef } from 'react';
import type { MenuCommand } from '@contract/menu-commands';
import { useAppServices } from './app-context';

/**
 * Calls `handle` for each command of the desktop app's menu (browser mode has no menu, so it is
 * never called there). The latest `handle` is used without subscribing again on every render.
 */
export function useMenuCommand(handle: (command: MenuCommand) => void): void {
  const { api } = useAppServices();
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => api.onMenuCommand?.((command) => latest.current(command)), [api]);
}
