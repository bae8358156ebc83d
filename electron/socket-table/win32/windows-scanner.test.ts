import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectToFindOwnListener } from '../shared/test-support/own-listener';
import { createWindowsScanner } from './windows-scanner';
import { runsOn } from '../../test-support/platform-skip';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('createWindowsScanner with recorded output', () => {
  it('runs netstat -ano and tasklist, and names owners from tasklist', async () => {
    const calls: string[] = [];
    const scanner = createWindowsScanner(async (file, args) => {
      const command = [file, ...args].join(' ');
      calls.push(command);
      return fixture(command.startsWith('netstat') ? 'netstat-ano.txt' : 'tasklist.txt');
    });
    const { rows, stats } = await scanner.scan();
    expect(calls.sort()).toEqual(['netstat.exe -ano', 'tasklist.exe /fo csv /nh']);
    expect(stats).toMatchObject({ rows: 34, skippedLines: 3, pidMapped: true });
    expect(rows.find((row) => row.localPort === 445)).toMatchObject({ pid: 4, program: 'System' });
    expect(rows.find((row) => row.localPort === 50321)).toMatchObject({ program: 'Code - Insiders.exe' });
  });
});

const liveScan = runsOn('win32', 'the live Windows scan', 'The parser tests use captured Windows output.');

describe.skipIf(!liveScan)('createWindowsScanner on this PC', () => {
  it('finds a listener this test opened', async () => {
    await expectToFindOwnListener(createWindowsScanner());
  });
});
