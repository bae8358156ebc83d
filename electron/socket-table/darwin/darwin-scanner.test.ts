import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectToFindOwnListener } from '../shared/test-support/own-listener';
import { createDarwinScanner } from './darwin-scanner';
import { runsOn } from '../../test-support/platform-skip';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('createDarwinScanner with recorded output', () => {
  it('runs netstat for TCP and UDP and ps, and names owners from ps', async () => {
    const calls: string[] = [];
    const scanner = createDarwinScanner(async (file, args) => {
      const command = [file, ...args].join(' ');
      calls.push(command);
      if (command === '/usr/sbin/netstat -anvl -p tcp') return fixture('netstat-tcp-tahoe.txt');
      if (command === '/usr/sbin/netstat -anvl -p udp') return fixture('netstat-udp-tahoe.txt');
      return fixture('ps.txt');
    });
    const { rows, stats } = await scanner.scan();
    expect(calls.sort()).toEqual([
      '/bin/ps -axo pid=,comm=',
      '/usr/sbin/netstat -anvl -p tcp',
      '/usr/sbin/netstat -anvl -p udp',
    ]);
    expect(stats).toMatchObject({ rows: 30, skippedLines: 6, pidMapped: true });
    expect(rows.find((row) => row.localPort === 52344)).toMatchObject({
      pid: 733,
      program: 'Google Chrome Helper',
    });
    // curl ended before ps ran: the name netstat printed stays.
    expect(rows.find((row) => row.localPort === 52460)).toMatchObject({ pid: 9001, program: 'curl' });
  });
});

const liveScan = runsOn('darwin', 'the live macOS scan', 'The parser tests use captured macOS output.');

describe.skipIf(!liveScan)('createDarwinScanner on this Mac', () => {
  it('finds a listener this test opened', async () => {
    await expectToFindOwnListener(createDarwinScanner());
  });
});
