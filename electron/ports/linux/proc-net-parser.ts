import type { SocketProtocol, SocketRow } from '../../contract/socket-table';
import { ipv4FromProcHex, ipv6FromProcHex } from './proc-address';

const TCP_STATES: Readonly<Record<string, string>> = {
  '01': 'ESTABLISHED',
  '02': 'SYN_SENT',
  '03': 'SYN_RECV',
  '04': 'FIN_WAIT1',
  '05': 'FIN_WAIT2',
  '06': 'TIME_WAIT',
  '07': 'CLOSE',
  '08': 'CLOSE_WAIT',
  '09': 'LAST_ACK',
  '0A': 'LISTEN',
  '0B': 'CLOSING',
  '0C': 'NEW_SYN_RECV',
};

/** UDP has no states; the kernel marks a connected socket ESTABLISHED and the rest CLOSE (ss: UNCONN). */
const UDP_STATES: Readonly<Record<string, string>> = { '01': 'ESTABLISHED', '07': 'UNCONN' };

export interface ParsedTable {
  rows: SocketRow[];
  /** Lines that did not have the expected shape, skipped. */
  skippedLines: number;
}

/**
 * Rows of one /proc/net/{tcp,tcp6,udp,udp6} file. The first line is a header; every other line
 * is "sl: local remote st tx:rx tr:when retrnsmt uid timeout inode ...".
 */
export function parseProcNet(text: string, protocol: SocketProtocol): ParsedTable {
  const rows: SocketRow[] = [];
  let skippedLines = 0;
  const lines = text.split('\n');
  const toAddress = protocol.endsWith('6') ? ipv6FromProcHex : ipv4FromProcHex;
  const states = protocol.startsWith('tcp') ? TCP_STATES : UDP_STATES;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line?.trim()) continue;
    const row = parseLine(line, protocol, toAddress, states);
    if (row) rows.push(row);
    else skippedLines += 1;
  }
  return { rows, skippedLines };
}

function parseLine(
  line: string,
  protocol: SocketProtocol,
  toAddress: (hex: string) => string | undefined,
  states: Readonly<Record<string, string>>,
): SocketRow | undefined {
  const fields = line.trim().split(/\s+/);
  if (fields.length < 10) return undefined;
  const [, local, remote, stateCode, queues, , , , , inodeText] = fields;
  const localEnd = splitEndpoint(local, toAddress);
  const remoteEnd = splitEndpoint(remote, toAddress);
  const state = stateCode === undefined ? undefined : states[stateCode.toUpperCase()];
  const [txHex, rxHex] = (queues ?? '').split(':');
  const inode = Number(inodeText);
  if (!localEnd || !remoteEnd || !state || !txHex || !rxHex || !Number.isInteger(inode)) return undefined;
  return {
    key: `${protocol}|${localEnd.address}|${localEnd.port}|${remoteEnd.address}|${remoteEnd.port}|${inode}`,
    protocol,
    localAddress: localEnd.address,
    localPort: localEnd.port,
    remoteAddress: remoteEnd.address,
    remotePort: remoteEnd.port,
    state,
    sendQueue: parseInt(txHex, 16),
    recvQueue: parseInt(rxHex, 16),
    ...(inode > 0 ? { inode } : {}),
  };
}

function splitEndpoint(
  text: string | undefined,
  toAddress: (hex: string) => string | undefined,
): { address: string; port: number } | undefined {
  const colon = text?.indexOf(':') ?? -1;
  if (!text || colon < 0) return undefined;
  const address = toAddress(text.slice(0, colon));
  const portHex = text.slice(colon + 1);
  if (address === undefined || !/^[0-9A-Fa-f]{4}$/.test(portHex)) return undefined;
  return { address, port: parseInt(portHex, 16) };
}
