import type { SocketScanner } from '../scanner-types';
import { createCommandScanner } from '../shared/command-scanner';
import { runCommand, type RunCommand } from '../shared/run-command';
import { parseTasklistPrograms } from './tasklist-programs';
import { parseWindowsNetstat } from './windows-netstat-parser';

/** Windows: netstat -ano for every TCP and UDP socket with its pid, tasklist for the owners' names. */
export function createWindowsScanner(run: RunCommand = runCommand): SocketScanner {
  return createCommandScanner({
    readTables: async () => [parseWindowsNetstat(await run('netstat.exe', ['-ano']))],
    readPrograms: async () => parseTasklistPrograms(await run('tasklist.exe', ['/fo', 'csv', '/nh'])),
  });
}
