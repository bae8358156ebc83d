import type { SocketScanner } from '../scanner-types';
import { createReadingScanner, readCommandSources, type ScanReading } from '../shared/command-scanner';
import { runProgram, type RunProgram } from '../shared/run-program';
import { parsePowerShellReply } from './powershell-protocol';
import { startPowerShellScanProcess } from './powershell-scan-process';
import type { ScanProcess } from './scan-process';
import { parseTasklistPrograms } from './tasklist-programs';
import { parseWindowsNetstat } from './windows-netstat-parser';

export interface WindowsScannerOptions {
  run?: RunProgram;
  startScanProcess?: () => ScanProcess;
}

/**
 * Windows: one long-lived PowerShell's Get-NetTCPConnection, Get-NetUDPEndpoint and Get-Process, whose
 * states and names do not depend on the system's language. Should it fail (no PowerShell, a Windows
 * without the cmdlets, a crash or a hang), that scan and every later one read netstat -ano (states in
 * the system's language, netstat-state-words.ts) and tasklist's CSV (read by column position).
 */
export function createWindowsScanner({
  run = runProgram,
  startScanProcess = startPowerShellScanProcess,
}: WindowsScannerOptions = {}): SocketScanner {
  let powerShell: ScanProcess | undefined;
  let powerShellFailed = false;

  const readNetstat = (): Promise<ScanReading> =>
    readCommandSources({
      readTables: async () => [parseWindowsNetstat(await run('netstat.exe', ['-ano']))],
      readPrograms: async () => parseTasklistPrograms(await run('tasklist.exe', ['/fo', 'csv', '/nh'])),
    });

  return createReadingScanner(async () => {
    if (powerShellFailed) return readNetstat();
    try {
      powerShell ??= startScanProcess();
      return parsePowerShellReply(await powerShell.query());
    } catch {
      powerShellFailed = true;
      powerShell?.close();
      return readNetstat();
    }
  });
}
