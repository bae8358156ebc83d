import type { SocketProtocol } from '../../contract/socket-table';
import type { ScanReading } from '../shared/command-scanner';
import { readEndpoint, type Endpoint } from '../shared/endpoint';
import { anyAddress, type IpFamily } from '../shared/ip-address';
import { socketRow, withUniqueKeys, type UnkeyedRow } from '../shared/socket-row';
import { UNKNOWN_STATE, udpStateName } from '../shared/socket-state';

/** The word of the line that closes the reply to `scan N`: `done N`. */
export const DONE_WORD = 'done';

/** The line that asks for scan number `id`. */
export function scanRequest(id: number): string {
  return `scan ${id}\n`;
}

/** Whether `line` closes the reply to scan `id`. */
export function endsReply(line: string, id: number): boolean {
  return line === `${DONE_WORD} ${id}`;
}

/** PowerShell could not read the tables (no Get-NetTCPConnection on this Windows): its own words. */
export class PowerShellReplyError extends Error {
  constructor(message: string) {
    super(`PowerShell could not list the sockets: ${message}`);
    this.name = 'PowerShellReplyError';
  }
}

/** Get-NetTCPConnection's State enum, by name, as ss names it. */
const SS_STATE_BY_ENUM: Readonly<Record<string, string>> = {
  Closed: 'CLOSE',
  Listen: 'LISTEN',
  SynSent: 'SYN_SENT',
  SynReceived: 'SYN_RECV',
  Established: 'ESTABLISHED',
  FinWait1: 'FIN_WAIT1',
  FinWait2: 'FIN_WAIT2',
  CloseWait: 'CLOSE_WAIT',
  Closing: 'CLOSING',
  LastAck: 'LAST_ACK',
  TimeWait: 'TIME_WAIT',
  DeleteTCB: 'CLOSE',
};

/**
 * The rows and program names of one reply: "tcp local lport remote rport State pid", "udp local lport pid"
 * and "proc pid name", tab-separated. Bound sockets (bound, neither listening nor connected) are left out,
 * as netstat -ano and /proc/net leave them out; a line of another shape is skipped and counted.
 */
export function parsePowerShellReply(lines: readonly string[]): ScanReading {
  const rows: UnkeyedRow[] = [];
  const programs = new Map<number, string>();
  let skippedLines = 0;
  for (const line of lines) {
    const fields = line.replace(/\r$/, '').split('\t');
    if (fields[0] === 'error') throw new PowerShellReplyError(fields.slice(1).join(' '));
    if (fields[0] === 'proc') {
      const [, pid = '', name = ''] = fields;
      if (/^\d+$/.test(pid) && name) programs.set(Number(pid), name);
      else skippedLines += 1;
      continue;
    }
    if (fields[0] === 'tcp' && fields[5] === 'Bound') continue;
    const row = fields[0] === 'tcp' ? readTcp(fields) : fields[0] === 'udp' ? readUdp(fields) : undefined;
    if (row) rows.push(row);
    else if (line.trim()) skippedLines += 1;
  }
  return { tables: [{ rows: withUniqueKeys(rows), skippedLines }], programs };
}

function readTcp(fields: readonly string[]): UnkeyedRow | undefined {
  if (fields.length !== 7) return undefined;
  const [, localHost = '', localPort = '', remoteHost = '', remotePort = '', state = '', pid = ''] = fields;
  const family = familyOf(localHost);
  const local = readEndpoint(localHost, localPort, family);
  const remote = readEndpoint(remoteHost, remotePort, family);
  if (!local || !remote || !/^\d+$/.test(pid)) return undefined;
  return socketRow({
    protocol: protocolOf('tcp', family),
    local,
    remote,
    state: SS_STATE_BY_ENUM[state] ?? UNKNOWN_STATE,
    pid: Number(pid),
  });
}

function readUdp(fields: readonly string[]): UnkeyedRow | undefined {
  if (fields.length !== 4) return undefined;
  const [, localHost = '', localPort = '', pid = ''] = fields;
  const family = familyOf(localHost);
  const local = readEndpoint(localHost, localPort, family);
  if (!local || !/^\d+$/.test(pid)) return undefined;
  const remote: Endpoint = { address: anyAddress(family), port: 0 };
  return socketRow({
    protocol: protocolOf('udp', family),
    local,
    remote,
    state: udpStateName(0),
    pid: Number(pid),
  });
}

function familyOf(host: string): IpFamily {
  return host.includes(':') ? 6 : 4;
}

function protocolOf(base: 'tcp' | 'udp', family: IpFamily): SocketProtocol {
  return family === 6 ? `${base}6` : base;
}
