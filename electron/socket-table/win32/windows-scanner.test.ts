import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectToFindOwnListener } from '../shared/test-support/own-listener';
import { createScanProcess, type ScanProcess } from './scan-process';
import { createWindowsScanner } from './windows-scanner';
import { runsOn } from '../../test-support/platform-skip';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const STAND_IN = fileURLToPath(new URL('./test-support/stand-in-powershell.mjs', import.meta.url));

/** Runs netstat and tasklist from recorded output, and says what it ran. */
function recordedPrograms(netstat = 'netstat-ano.txt') {
  const calls: string[] = [];
  const run = async (file: string, args: readonly string[]) => {
    const command = [file, ...args].join(' ');
    calls.push(command);
    return fixture(command.startsWith('netstat') ? netstat : 'tasklist.txt');
  };
  return { run, calls };
}

function standInScanProcess(mode: string): { scanProcess: ScanProcess; starts: () => number } {
  let starts = 0;
  const scanProcess = createScanProcess({
    start: () => {
      starts += 1;
      return spawn(process.execPath, [STAND_IN, mode]);
    },
    timeoutMs: 5000,
  });
  return { scanProcess, starts: () => starts };
}

describe('createWindowsScanner', () => {
  it('reads the tables and names from one PowerShell, and runs neither netstat nor tasklist', async () => {
    const { run, calls } = recordedPrograms();
    const replies = [fixture('powershell-reply.txt').split('\n')];
    const scanner = createWindowsScanner({
      run,
      startScanProcess: () => ({ query: async () => replies[0] ?? [], close() {} }),
    });
    const { rows, stats } = await scanner.scan();
    expect(calls).toEqual([]);
    expect(stats).toMatchObject({ rows: 26, skippedLines: 3, pidMapped: true });
    expect(rows.find((row) => row.localPort === 5346)).toMatchObject({ state: 'LISTEN', program: 'node' });
    expect(rows.find((row) => row.localPort === 51012)).toMatchObject({ program: 'Büro-Sync' });
  });

  it('asks the same PowerShell child at every scan', async () => {
    const { scanProcess, starts } = standInScanProcess('answer');
    const scanner = createWindowsScanner({
      run: recordedPrograms().run,
      startScanProcess: () => scanProcess,
    });
    try {
      const first = await scanner.scan();
      const second = await scanner.scan();
      expect(first.rows).toEqual([
        expect.objectContaining({ protocol: 'tcp', localPort: 5346, state: 'LISTEN', program: 'stand-in 1' }),
        expect.objectContaining({ protocol: 'udp6', localPort: 5353, state: 'UNCONN' }),
      ]);
      expect(second.rows[0]).toMatchObject({ pid: first.rows[0]?.pid, program: 'stand-in 2' });
      expect(starts()).toBe(1);
    } finally {
      scanProcess.close();
    }
  });

  it('falls back to netstat -ano and tasklist, for this scan and every later one, when PowerShell cannot list sockets', async () => {
    const { scanProcess } = standInScanProcess('error');
    let asked = 0;
    const { run, calls } = recordedPrograms('netstat-ano-es.txt');
    const scanner = createWindowsScanner({
      run,
      startScanProcess: () => {
        asked += 1;
        return scanProcess;
      },
    });
    const { rows, stats } = await scanner.scan();
    await scanner.scan();
    expect(asked).toBe(1);
    expect(calls.sort()).toEqual([
      'netstat.exe -ano',
      'netstat.exe -ano',
      'tasklist.exe /fo csv /nh',
      'tasklist.exe /fo csv /nh',
    ]);
    expect(stats).toMatchObject({ rows: 17, skippedLines: 0 });
    expect(rows.find((row) => row.localPort === 445)).toMatchObject({
      state: 'LISTEN',
      pid: 4,
      program: 'System',
    });
  });

  it('falls back when PowerShell cannot start', async () => {
    const { run } = recordedPrograms();
    const scanner = createWindowsScanner({
      run,
      startScanProcess: () =>
        createScanProcess({ start: () => spawn('/nonexistent/powershell.exe', []), timeoutMs: 5000 }),
    });
    const { rows, stats } = await scanner.scan();
    expect(stats).toMatchObject({ rows: 34, skippedLines: 3 });
    expect(rows.find((row) => row.localPort === 50321)).toMatchObject({ program: 'Code - Insiders.exe' });
  });

  it('counts a state word no table knows as UNKNOWN, beside the states it knows', async () => {
    const header = '  Proto  Adres lokalny          Adres obcy             Stan            PID';
    const text = [
      header,
      '  TCP    0.0.0.0:135            0.0.0.0:0              NAS\uFFFDUCHIWANIE   1052',
      '  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4',
    ].join('\r\n');
    const scanner = createWindowsScanner({
      run: async (file) => (file === 'netstat.exe' ? text : fixture('tasklist.txt')),
      startScanProcess: () => ({ query: () => Promise.reject(new Error('no PowerShell')), close() {} }),
    });
    const counts = new Map<string, number>();
    for (const row of (await scanner.scan()).rows) counts.set(row.state, (counts.get(row.state) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ UNKNOWN: 1, LISTEN: 1 });
  });
});

const liveScan = runsOn('win32', 'the live Windows scan', 'The parser tests use captured Windows output.');

describe.skipIf(!liveScan)('createWindowsScanner on this PC', () => {
  it('finds a listener this test opened', async () => {
    await expectToFindOwnListener(createWindowsScanner());
  });
});
