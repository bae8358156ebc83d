import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { expectLabListenerSeenThrough, type OwnListener } from '../shared/test-support/lab-listener-check';
import { runsOn } from '../../test-support/platform-skip';
import { parseDarwinNetstat } from './darwin-netstat-parser';

/** The first two lines (title and header) of a recorded `netstat -anvl -p tcp`. */
const titleAndHeader = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .slice(0, 2);

/** A LISTEN row in each version's layout: the columns between the state and the owner differ. */
const VERSIONS = [
  [
    '10.15',
    'netstat-tcp-catalina.txt',
    (pid: number) => `131072 131768 ${String(pid).padStart(6)}      0 0x0100 0x00000106`,
  ],
  [
    '14',
    'netstat-tcp-sonoma.txt',
    (pid: number) => ` 131072  131072${String(pid).padStart(7)}      0 00100 00000106`,
  ],
  [
    '15',
    'netstat-tcp-sequoia.txt',
    (pid: number) => `         0          0  131072  131072${String(pid).padStart(7)}      0 00100`,
  ],
  [
    '26',
    'netstat-tcp-tahoe.txt',
    (pid: number) => `         0          0  131072  131072 ${`node:${pid}`.padStart(20)}   00100`,
  ],
] as const;

function netstat(fixture: string, owner: (pid: number) => string, listeners: readonly OwnListener[]): string {
  const rows = listeners.map(
    ({ address, port, pid }) =>
      `tcp4       0      0  ${`${address}.${port}`.padEnd(45)} ${'*.*'.padEnd(45)} ${'LISTEN'.padEnd(11)} ${owner(pid)}`,
  );
  return [...titleAndHeader(fixture), ...rows].join('\n');
}

const live = runsOn(
  'linux',
  "the Lab's listener through macOS output",
  'It reads the listener from /proc/net.',
);

describe.skipIf(!live)("the Lab's listener seen through macOS output", () => {
  it.each(VERSIONS)('netstat -anvl on macOS %s', async (_version, fixture, owner) => {
    await expectLabListenerSeenThrough(
      (listeners) => parseDarwinNetstat(netstat(fixture, owner, listeners)).rows,
    );
  });
});
