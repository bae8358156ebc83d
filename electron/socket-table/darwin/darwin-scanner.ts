import type { SocketScanner } from '../scanner-types';
import { createCommandScanner } from '../shared/command-scanner';
import { runProgram, type RunProgram } from '../shared/run-program';
import { parseDarwinNetstat } from './darwin-netstat-parser';
import { parsePsPrograms } from './ps-programs';

/** macOS: netstat for TCP and UDP, ps for the owners' names; both at fixed paths, as PATH may not have them. */
export function createDarwinScanner(run: RunProgram = runProgram): SocketScanner {
  return createCommandScanner({
    readTables: () =>
      Promise.all(
        ['tcp', 'udp'].map(async (protocol) =>
          // -v adds the pid; -l keeps IPv6 addresses whole, which netstat otherwise cuts to 16 characters.
          parseDarwinNetstat(await run('/usr/sbin/netstat', ['-anvl', '-p', protocol])),
        ),
      ),
    readPrograms: async () => parsePsPrograms(await run('/bin/ps', ['-axo', 'pid=,comm='])),
  });
}
