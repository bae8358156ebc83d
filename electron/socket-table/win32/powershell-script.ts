import { DONE_WORD } from './powershell-protocol';

/**
 * The PowerShell side of the protocol: for each `scan N` line on its input it writes one line per TCP
 * connection, UDP endpoint and process, then `done N`. Get-NetTCPConnection's State is an enum, written by
 * its name ("Listen"), which is the same in every language Windows speaks. Output is UTF-8 whatever the
 * console's code page, so non-ASCII program names arrive whole. When its input closes (SocketScope quits,
 * or the worker does), ReadLine gives $null and PowerShell ends.
 */
const SCRIPT = `
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false
$out = [Console]::Out
while ($null -ne ($request = [Console]::In.ReadLine())) {
  $id = ($request -split ' ')[1]
  try {
    $lines = New-Object System.Collections.Generic.List[string]
    foreach ($c in @(Get-NetTCPConnection -ErrorAction SilentlyContinue)) {
      $lines.Add("tcp\`t$($c.LocalAddress)\`t$($c.LocalPort)\`t$($c.RemoteAddress)\`t$($c.RemotePort)\`t$($c.State)\`t$($c.OwningProcess)")
    }
    foreach ($u in @(Get-NetUDPEndpoint -ErrorAction SilentlyContinue)) {
      $lines.Add("udp\`t$($u.LocalAddress)\`t$($u.LocalPort)\`t$($u.OwningProcess)")
    }
    foreach ($p in Get-Process) { $lines.Add("proc\`t$($p.Id)\`t$($p.ProcessName)") }
    if ($lines.Count -gt 0) { $out.Write(($lines -join "\`n") + "\`n") }
  } catch {
    $out.WriteLine("error\`t" + ($_.Exception.Message -replace '\\s+', ' '))
  }
  $out.WriteLine("${DONE_WORD} $id")
  $out.Flush()
}
`;

/** Arguments for powershell.exe: the script as -EncodedCommand (UTF-16LE, base64), which no quoting can break. */
export function powerShellArguments(): string[] {
  return [
    '-NoLogo',
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    Buffer.from(SCRIPT, 'utf16le').toString('base64'),
  ];
}
