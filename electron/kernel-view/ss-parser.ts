import type { KernelState, KernelTimer, TcpInfoNumbers } from '../contract/kernel-view';
import { parseSsEndpoint, type SsEndpoint } from './ss-endpoint';
import { parseSsTimer } from './ss-timer';
import { parseTcpInfo } from './tcp-info-fields';

export type SsProtocol = 'tcp' | 'udp';

/** One socket of `ss -tuino` output. For a LISTEN socket Recv-Q is its accept queue, Send-Q its backlog. */
export interface SsSocket {
  protocol: SsProtocol;
  state: KernelState;
  recvQueue: number;
  sendQueue: number;
  local: SsEndpoint;
  remote: SsEndpoint;
  timer?: KernelTimer;
  /** From the indented line -i adds; absent when the socket had none (UDP, or ss run without -i). */
  tcpInfo?: TcpInfoNumbers;
}

export interface SsParse {
  sockets: SsSocket[];
  /** Lines of no shape ss writes (or an indented line with no socket above it), skipped. */
  skippedLines: number;
}

/** ss's state names (sstate_name in ss.c) as RFC 9293 spells them; TCP's UNCONN is a closed socket. */
const STATES: Readonly<Record<SsProtocol, Readonly<Record<string, KernelState>>>> = {
  tcp: {
    ESTAB: 'ESTABLISHED',
    'SYN-SENT': 'SYN_SENT',
    'SYN-RECV': 'SYN_RECV',
    'FIN-WAIT-1': 'FIN_WAIT1',
    'FIN-WAIT-2': 'FIN_WAIT2',
    'TIME-WAIT': 'TIME_WAIT',
    UNCONN: 'CLOSED',
    'CLOSE-WAIT': 'CLOSE_WAIT',
    'LAST-ACK': 'LAST_ACK',
    LISTEN: 'LISTEN',
    CLOSING: 'CLOSING',
  },
  udp: { UNCONN: 'UNCONN', ESTAB: 'ESTABLISHED' },
};

const NETIDS: ReadonlySet<string> = new Set(['tcp', 'udp']);

/**
 * Sockets in the output of `ss -tinoH` (and with -u, the Netid column ss adds when it lists more
 * than one kind; without -H, its header). Each socket is one line, its tcp_info on the indented
 * line(s) after it. Never throws: a line of any other shape is counted and skipped.
 */
export function parseSsOutput(text: string, protocol: SsProtocol = 'tcp'): SsParse {
  const sockets: SsSocket[] = [];
  let skippedLines = 0;
  let last: SsSocket | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const tokens = line.trim().split(/\s+/);
    if (/^\s/.test(line)) {
      if (last?.tcpInfo) Object.assign(last.tcpInfo, parseTcpInfo(tokens));
      else if (last?.protocol === 'tcp') last.tcpInfo = parseTcpInfo(tokens);
      else if (!last) skippedLines += 1;
      continue;
    }
    if (tokens[0] === 'State' || tokens[0] === 'Netid') continue;
    last = parseSocketLine(tokens, protocol);
    if (last) sockets.push(last);
    else skippedLines += 1;
  }
  return { sockets, skippedLines };
}

function parseSocketLine(tokens: readonly string[], fallback: SsProtocol): SsSocket | undefined {
  const hasNetid = NETIDS.has(tokens[0] ?? '');
  const protocol = hasNetid ? (tokens[0] as SsProtocol) : fallback;
  const [stateName = '', recv = '', send = '', localText = '', remoteText = '', ...extras] = tokens.slice(
    hasNetid ? 1 : 0,
  );
  const state = STATES[protocol][stateName];
  const local = parseSsEndpoint(localText);
  const remote = parseSsEndpoint(remoteText);
  if (!state || !local || !remote || !/^\d+$/.test(recv) || !/^\d+$/.test(send)) return undefined;
  const socket: SsSocket = {
    protocol,
    state,
    recvQueue: Number(recv),
    sendQueue: Number(send),
    local,
    remote,
  };
  const timer = extras.map(parseSsTimer).find((parsed) => parsed !== undefined);
  if (timer) socket.timer = timer;
  return socket;
}
