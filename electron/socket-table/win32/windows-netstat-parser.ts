import { parseNetstatLines, type ParsedTable } from '../shared/netstat-lines';
import { socketRow, type UnkeyedRow } from '../shared/socket-row';
import { udpStateName } from '../shared/socket-state';
import { windowsTcpStateName } from './netstat-state-words';
import { parseWindowsEndpoint } from './windows-endpoint';

/**
 * Rows of `netstat -ano`: "TCP local foreign state pid", and "UDP local foreign pid" with the state column
 * left blank. Titles, headers and state words are in the system's language; the state is read as every
 * word between the foreign address and the pid, as Italian needs two ("IN ASCOLTO").
 */
export function parseWindowsNetstat(text: string): ParsedTable {
  return parseNetstatLines(text, () => readRow);
}

function readRow(line: string): UnkeyedRow | undefined {
  const [protoText = '', localText = '', remoteText = '', ...rest] = line.trim().split(/\s+/);
  const pidText = rest.pop();
  const isTcp = protoText.toUpperCase() === 'TCP';
  if ((!isTcp && protoText.toUpperCase() !== 'UDP') || !pidText || !/^\d+$/.test(pidText)) return undefined;
  if (isTcp ? rest.length === 0 : rest.length > 0) return undefined;
  const family = localText.startsWith('[') ? 6 : 4;
  const local = parseWindowsEndpoint(localText, family);
  const remote = parseWindowsEndpoint(remoteText, family);
  if (!local || !remote) return undefined;
  return socketRow({
    protocol: `${isTcp ? 'tcp' : 'udp'}${family === 6 ? '6' : ''}`,
    local,
    remote,
    state: isTcp ? windowsTcpStateName(rest.join(' ')) : udpStateName(remote.port),
    pid: Number(pidText),
  });
}
