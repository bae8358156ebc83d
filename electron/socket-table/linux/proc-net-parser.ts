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
  /** Each row, in the file's order, by its line less the line number; the next parse reuses them. */
  rowsByLine: Map<string, SocketRow>;
  /** The rows this parse made, for lines `previous` did not have; every other row is a previous one. */
  newRows: SocketRow[];
  /** Lines that did not have the expected shape, skipped. */
  skippedLines: number;
}

/**
 * Rows of one /proc/net/{tcp,tcp6,udp,udp6} file. The first line is a header; every other line
 * is "sl: local remote st tx:rx tr:when retrnsmt uid timeout inode ...", with the fields up to
 * retrnsmt at fixed widths. A machine with 10,000 sockets has 10,000 lines, so lines are cut at
 * those offsets rather than split by a pattern, and addresses are converted once per scan.
 * A line that has not changed since the previous parse gives back the same row object, so a
 * steady table is read with almost no new objects.
 */
export function parseProcNet(
  text: string,
  protocol: SocketProtocol,
  previous: ReadonlyMap<string, SocketRow> = new Map(),
): ParsedTable {
  const rowsByLine = new Map<string, SocketRow>();
  const newRows: SocketRow[] = [];
  let skippedLines = 0;
  const isIPv6 = protocol.endsWith('6');
  const layout = fieldLayout(isIPv6 ? 32 : 8);
  const toAddress = cachedConversion(isIPv6 ? ipv6FromProcHex : ipv4FromProcHex);
  const states = protocol.startsWith('tcp') ? TCP_STATES : UDP_STATES;
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < text.length) {
    const lineStart = start;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    start = end + 1;
    // The line number in front changes whenever a socket above comes or goes; the rest is the socket.
    // An unchanged line costs this one slice and lookup: no line string, no trim.
    const colon = text.indexOf(':', lineStart);
    const content = text.slice(colon >= 0 && colon < end ? colon + 1 : lineStart, end);
    const known = previous.get(content);
    if (known) {
      rowsByLine.set(content, known);
      continue;
    }
    const line = text.slice(lineStart, end);
    if (line.trim() === '') continue;
    const row = parseLine(line, protocol, layout, toAddress, states);
    if (!row) {
      skippedLines += 1;
      continue;
    }
    rowsByLine.set(content, row);
    newRows.push(row);
  }
  return { rowsByLine, newRows, skippedLines };
}

interface FieldLayout {
  addressLength: number;
  /** Offsets from the character after "sl:". */
  remote: number;
  state: number;
  tx: number;
  rx: number;
  /** Where the variable-width fields (uid, timeout, inode) begin. */
  rest: number;
}

function fieldLayout(addressLength: number): FieldLayout {
  const endpoint = addressLength + 5; // address, ':', 4 hex digits of port
  const remote = 1 + endpoint + 1;
  const state = remote + endpoint + 1;
  const tx = state + 3;
  const rx = tx + 9;
  const rest = rx + 9 + 12 + 9; // rx, "tr:when", retrnsmt
  return { addressLength, remote, state, tx, rx, rest };
}

function cachedConversion(convert: (hex: string) => string | undefined): (hex: string) => string | undefined {
  const seen = new Map<string, string | undefined>();
  return (hex) => {
    if (seen.has(hex)) return seen.get(hex);
    const address = convert(hex);
    seen.set(hex, address);
    return address;
  };
}

function parseLine(
  line: string,
  protocol: SocketProtocol,
  layout: FieldLayout,
  toAddress: (hex: string) => string | undefined,
  states: Readonly<Record<string, string>>,
): SocketRow | undefined {
  const base = line.indexOf(':') + 1;
  if (base === 0 || line.length < base + layout.rest) return undefined;
  const local = endpointAt(line, base + 1, layout.addressLength, toAddress);
  const remote = endpointAt(line, base + layout.remote, layout.addressLength, toAddress);
  const state = states[line.slice(base + layout.state, base + layout.state + 2).toUpperCase()];
  const sendQueue = hexNumber(line.slice(base + layout.tx, base + layout.tx + 8));
  const recvQueue = hexNumber(line.slice(base + layout.rx, base + layout.rx + 8));
  const inode = thirdNumber(line, base + layout.rest);
  if (!local || !remote || !state || sendQueue === undefined || recvQueue === undefined) return undefined;
  if (inode === undefined) return undefined;
  return {
    key: `${protocol}|${local.address}|${local.port}|${remote.address}|${remote.port}|${inode}`,
    protocol,
    localAddress: local.address,
    localPort: local.port,
    remoteAddress: remote.address,
    remotePort: remote.port,
    state,
    sendQueue,
    recvQueue,
    ...(inode > 0 ? { inode } : {}),
  };
}

function endpointAt(
  line: string,
  at: number,
  addressLength: number,
  toAddress: (hex: string) => string | undefined,
): { address: string; port: number } | undefined {
  if (line[at + addressLength] !== ':') return undefined;
  const address = toAddress(line.slice(at, at + addressLength));
  const port = hexNumber(line.slice(at + addressLength + 1, at + addressLength + 5));
  return address === undefined || port === undefined ? undefined : { address, port };
}

function hexNumber(hex: string): number | undefined {
  let value = 0;
  for (let i = 0; i < hex.length; i += 1) {
    const digit = HEX_DIGITS.indexOf(hex.charAt(i));
    if (digit < 0) return undefined;
    value = value * 16 + (digit % 16);
  }
  return hex.length > 0 ? value : undefined;
}

const HEX_DIGITS = '0123456789abcdef0123456789ABCDEF';

/** The third space-separated decimal number from `at` on (uid, timeout, then the inode). */
function thirdNumber(line: string, at: number): number | undefined {
  let index = at;
  let value: number | undefined;
  for (let field = 0; field < 3; field += 1) {
    while (line.charCodeAt(index) === 32) index += 1;
    const start = index;
    value = 0;
    for (let code = line.charCodeAt(index); code >= 48 && code <= 57; code = line.charCodeAt(index)) {
      value = value * 10 + (code - 48);
      index += 1;
    }
    // uid and timeout may be negative in odd kernels; only the inode must be a plain number.
    if (index === start && field === 2) return undefined;
    if (index === start) while (index < line.length && line.charCodeAt(index) !== 32) index += 1;
  }
  return value;
}
