import { describe, it } from 'vitest';
import { expectLabListenerSeenThrough, type OwnListener } from '../shared/test-support/lab-listener-check';
import { runsOn } from '../../test-support/platform-skip';
import { parsePowerShellReply } from './powershell-protocol';
import { parseWindowsNetstat } from './windows-netstat-parser';

/** netstat -ano's title, header and listening word per language; Ö as code page 850 arrives, undecodable. */
const NETSTAT_LANGUAGES = [
  [
    'English',
    'Active Connections',
    '  Proto  Local Address          Foreign Address        State           PID',
    'LISTENING',
  ],
  [
    'Spanish',
    'Conexiones activas',
    '  Proto  Direcci\uFFFDn local          Direcci\uFFFDn remota        Estado           PID',
    'ESCUCHANDO',
  ],
  [
    'German',
    'Aktive Verbindungen',
    '  Proto  Lokale Adresse         Remoteadresse          Status           PID',
    'ABH\uFFFDREN',
  ],
] as const;

function netstatAno(title: string, header: string, word: string, listeners: readonly OwnListener[]): string {
  const rows = listeners.map(
    ({ address, port, pid }) =>
      `  TCP    ${`${address}:${port}`.padEnd(22)} ${'0.0.0.0:0'.padEnd(22)} ${word.padEnd(15)} ${pid}`,
  );
  return ['', title, '', header, ...rows, ''].join('\r\n');
}

const live = runsOn(
  'linux',
  "the Lab's listener through Windows output",
  'It reads the listener from /proc/net.',
);

describe.skipIf(!live)("the Lab's listener seen through Windows output", () => {
  it.each(NETSTAT_LANGUAGES)('netstat -ano on %s Windows', async (_language, title, header, word) => {
    await expectLabListenerSeenThrough(
      (listeners) => parseWindowsNetstat(netstatAno(title, header, word, listeners)).rows,
    );
  });

  it('PowerShell Get-NetTCPConnection', async () => {
    await expectLabListenerSeenThrough((listeners) => {
      const lines = listeners.map(
        ({ address, port, pid }) => `tcp\t${address}\t${port}\t0.0.0.0\t0\tListen\t${pid}`,
      );
      return parsePowerShellReply(lines).tables.flatMap((table) => table.rows);
    });
  });
});
