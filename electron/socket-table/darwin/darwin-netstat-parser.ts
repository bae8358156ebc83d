import type { SocketProtocol } from '../../contract/socket-table';
import type { IpFamily } from '../shared/ip-address';
import { parseNetstatLines, type ParsedTable } from '../shared/netstat-lines';
import { socketRow, type UnkeyedRow } from '../shared/socket-row';
import { tcpStateName, udpStateName } from '../shared/socket-state';
import { parseDarwinEndpoint } from './darwin-endpoint';

/** tcp46 / udp46 is a dual-stack socket; Linux shows those as IPv6, with :: for "any". */
const PROTOCOLS: Readonly<Record<string, { protocol: SocketProtocol; family: IpFamily }>> = {
  tcp4: { protocol: 'tcp', family: 4 },
  tcp6: { protocol: 'tcp6', family: 6 },
  tcp46: { protocol: 'tcp6', family: 6 },
  udp4: { protocol: 'udp', family: 4 },
  udp6: { protocol: 'udp6', family: 6 },
  udp46: { protocol: 'udp6', family: 6 },
};

/** Where the owner is: a `pid` column (up to macOS 15), or `process:pid` (macOS 26), whose name may hold spaces. */
interface PidColumn {
  index: number;
  named: boolean;
}

type Token = RegExpExecArray;

/**
 * Rows of `netstat -anvl -p tcp` or `-p udp`: "Proto Recv-Q Send-Q Local Foreign (state) ... pid ...".
 * Which columns sit between the state and the pid changed between macOS versions (10.15-14: rhiwat
 * shiwat pid; 15 added rxbytes txbytes before them; 26 writes process:pid), so the header says where
 * the pid is. UDP rows leave the state column blank, which shifts their later columns one left.
 */
export function parseDarwinNetstat(text: string): ParsedTable {
  return parseNetstatLines(
    text,
    (header) => {
      const pidColumn = pidColumnOf(header);
      return (line) => readRow(line, pidColumn);
    },
    (line) => /^Some \w+ sockets may have been/.test(line),
  );
}

function pidColumnOf(header: string): PidColumn | undefined {
  const columns = header.replace(/(Local|Foreign) Address/g, '$1-Address').split(/\s+/);
  const named = columns.indexOf('process:pid');
  if (named >= 0) return { index: named, named: true };
  const bare = columns.indexOf('pid');
  return bare >= 0 ? { index: bare, named: false } : undefined;
}

function readRow(line: string, pidColumn: PidColumn | undefined): UnkeyedRow | undefined {
  const tokens = [...line.matchAll(/\S+/g)];
  const [protoText, recvText, sendText, localText, remoteText, stateText] = tokens.map((token) => token[0]);
  const kind = PROTOCOLS[protoText ?? ''];
  if (!kind || !isCount(recvText) || !isCount(sendText) || !localText || !remoteText) return undefined;
  const isTcp = kind.protocol.startsWith('tcp');
  const local = parseDarwinEndpoint(localText, kind.family);
  const remote = parseDarwinEndpoint(remoteText, kind.family);
  const owner = pidColumn && readOwner(line, tokens, pidColumn.index - (isTcp ? 0 : 1), pidColumn.named);
  if (!local || !remote || (isTcp && !stateText) || (pidColumn && !owner)) return undefined;
  return socketRow({
    protocol: kind.protocol,
    local,
    remote,
    state: isTcp ? tcpStateName(stateText ?? '') : udpStateName(remote.port),
    pid: owner?.pid,
    program: owner?.program,
    recvQueue: Number(recvText),
    sendQueue: Number(sendText),
  });
}

function readOwner(
  line: string,
  tokens: readonly Token[],
  start: number,
  named: boolean,
): { pid: number; program?: string } | undefined {
  const first = tokens[start];
  if (!first) return undefined;
  if (!named) return isCount(first[0]) ? { pid: Number(first[0]) } : undefined;
  for (const token of tokens.slice(start)) {
    const pidText = /:(\d+)$/.exec(token[0])?.[1];
    if (pidText === undefined) continue;
    const program = line.slice(first.index, token.index + token[0].length - pidText.length - 1);
    return { pid: Number(pidText), program };
  }
  return undefined;
}

function isCount(text: string | undefined): text is string {
  return text !== undefined && /^\d+$/.test(text);
}
