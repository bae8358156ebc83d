/**
 * The Windows scanner's parse cost per scan: the PowerShell reply against netstat -ano (+ tasklist) for
 * the same sockets and processes. Windows is not needed: both outputs are written here in the shapes the
 * fixtures in electron/socket-table/win32/fixtures record, netstat's in Spanish as code page 850 arrives.
 * Parse time only; what PowerShell and netstat themselves take to run is not measured here.
 * Run: vite build --ssr bench/scan/windows-parse-bench.ts --outDir out/bench-windows-parse && node out/bench-windows-parse/windows-parse-bench.js
 */
import { parsePowerShellReply } from '../../electron/socket-table/win32/powershell-protocol';
import { parseTasklistPrograms } from '../../electron/socket-table/win32/tasklist-programs';
import { parseWindowsNetstat } from '../../electron/socket-table/win32/windows-netstat-parser';
import { printTable } from '../shared/print-table';
import { ratioText } from '../shared/summary-table';
import { medianMs } from './timing';

const SOCKETS = Number(process.env.WINDOWS_PARSE_SOCKETS ?? 10_000);
const PROCESSES = 300;

interface Socket {
  local: string;
  localPort: number;
  remote: string;
  remotePort: number;
  listening: boolean;
  pid: number;
}

function sockets(): Socket[] {
  return Array.from({ length: SOCKETS }, (_, i) => ({
    local: i % 5 === 0 ? '0.0.0.0' : '192.168.0.14',
    localPort: 1024 + (i % 60_000),
    remote: i % 5 === 0 ? '0.0.0.0' : `13.107.${(i >> 8) % 256}.${i % 256}`,
    remotePort: i % 5 === 0 ? 0 : 443,
    listening: i % 5 === 0,
    pid: 1000 + (i % PROCESSES) * 4,
  }));
}

function netstatText(all: readonly Socket[]): string {
  const header = '  Proto  Direcci\uFFFDn local          Direcci\uFFFDn remota        Estado           PID';
  const rows = all.map(
    (s) =>
      `  TCP    ${`${s.local}:${s.localPort}`.padEnd(22)} ${`${s.remote}:${s.remotePort}`.padEnd(22)} ${(s.listening ? 'ESCUCHANDO' : 'ESTABLECIDO').padEnd(15)} ${s.pid}`,
  );
  return ['', 'Conexiones activas', '', header, ...rows, ''].join('\r\n');
}

function tasklistText(): string {
  const rows = Array.from(
    { length: PROCESSES },
    (_, i) => `"proceso-${i}.exe","${1000 + i * 4}","Console","1","12.345 KB"`,
  );
  return ['', ...rows, ''].join('\r\n');
}

function powerShellLines(all: readonly Socket[]): string[] {
  const rows = all.map(
    (s) =>
      `tcp\t${s.local}\t${s.localPort}\t${s.remote}\t${s.remotePort}\t${s.listening ? 'Listen' : 'Established'}\t${s.pid}`,
  );
  const processes = Array.from({ length: PROCESSES }, (_, i) => `proc\t${1000 + i * 4}\tproceso-${i}`);
  return [...rows, ...processes];
}

async function main(): Promise<void> {
  const all = sockets();
  const netstat = netstatText(all);
  const tasklist = tasklistText();
  const reply = powerShellLines(all);
  const netstatRows = parseWindowsNetstat(netstat).rows.length;
  const powerShellRows = parsePowerShellReply(reply).tables[0]?.rows.length ?? 0;
  if (netstatRows !== SOCKETS || powerShellRows !== SOCKETS) {
    throw new Error(`Rows read: netstat ${netstatRows}, PowerShell ${powerShellRows}, of ${SOCKETS}.`);
  }
  console.log(`${SOCKETS} TCP sockets, ${PROCESSES} processes; median of 7 runs each.\n`);
  const netstatMs = await medianMs(async () => parseWindowsNetstat(netstat));
  const tasklistMs = await medianMs(async () => parseTasklistPrograms(tasklist));
  const powerShellMs = await medianMs(async () => parsePowerShellReply(reply));
  const baseline = netstatMs + tasklistMs;
  printTable([
    ['parse', 'median ms', 'vs netstat -ano + tasklist'],
    ['netstat -ano (Spanish, code page 850)', netstatMs.toFixed(2), ''],
    ['tasklist /fo csv /nh', tasklistMs.toFixed(2), ''],
    ['netstat -ano + tasklist (baseline)', baseline.toFixed(2), '1.00x'],
    ['PowerShell reply (tables + Get-Process)', powerShellMs.toFixed(2), ratioText(powerShellMs, baseline)],
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
