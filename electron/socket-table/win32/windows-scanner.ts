import type { SocketScanner } from '../scanner-types';
import { createCommandScanner } from '../shared/command-scanner';
import { runProgram, type RunProgram } from '../shared/run-program';
import { parseTasklistPrograms } from './tasklist-programs';
import { parseWindowsNetstat } from './windows-netstat-parser';

/** Windows: netstat -ano for every TCP and UDP socket with its pid, tasklist for the owners' names. */
export function createWindowsScanner(run: RunProgram = runProgram): SocketScanner {
  return createCommandScanner({
    readTables: async () => [parseWindowsNetstat(await run('netstat.exe', ['-ano']))],
    readPrograms: async () => parseTasklistPrograms(await run('tasklist.exe', ['/fo', 'csv', '/nh'])),
  });
}
