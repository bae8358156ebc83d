import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { powerShellArguments } from './powershell-script';
import { createScanProcess, type ScanProcess } from './scan-process';

/** The first reply waits for PowerShell to start and load its NetTCPIP module: seconds on a cold PC. */
const TIMEOUT_MS = 15_000;

/** Windows PowerShell 5.1, which every supported Windows has, at its fixed path: PATH may not have it. */
function powerShellPath(): string {
  const root = process.env.SystemRoot;
  return root ? join(root, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe') : 'powershell.exe';
}

/** One PowerShell kept running, asked for the socket tables at each scan. */
export function startPowerShellScanProcess(): ScanProcess {
  return createScanProcess({
    start: () => spawn(powerShellPath(), powerShellArguments(), { windowsHide: true }),
    timeoutMs: TIMEOUT_MS,
  });
}
