import type {
  AcceptQueue,
  KernelQueues,
  KernelSocketChange,
  KernelState,
  KernelStateChange,
  KernelTimer,
  TcpInfoNumbers,
  TcpState,
} from '../contract/kernel-view';
import type { MatchedSocket } from './lab-socket-matcher';
import type { SsSocket } from './ss-parser';
import { skippedStates, startingState } from './tcp-transitions';

interface KnownSocket {
  protocol: 'tcp' | 'udp';
  state: KernelState;
  queues?: KernelQueues;
  acceptQueue?: AcceptQueue;
  timer?: KernelTimer;
  tcpInfo?: TcpInfoNumbers;
}

/**
 * Each Lab socket's kernel state from sample to sample, and what changed since the previous
 * sample: states entered (with those too brief to be seen between them), queues, timer, tcp_info.
 */
export class SocketHistories {
  private readonly known = new Map<string, KnownSocket>();

  /**
   * What changed in this sample, by socket id; undefined when nothing did. `fromStart`: a socket
   * seen for the first time was born since the previous sample, so the states between its
   * beginning and the one seen were too brief; false on a first sample, which knows no before.
   */
  observe(
    rows: readonly { socket: SsSocket; named: MatchedSocket }[],
    at: number,
    fromStart: boolean,
  ): Record<string, KernelSocketChange> | undefined {
    const changes: Record<string, KernelSocketChange> = {};
    const seen = new Set<string>();
    for (const { socket, named } of rows) {
      // A connection's two ends are two rows with two ids; one id listed twice is one socket.
      if (seen.has(named.socketId)) continue;
      seen.add(named.socketId);
      const before = this.known.get(named.socketId);
      const now = currentOf(socket);
      const change = changeBetween(before, now, at, fromStart ? startingState(named.role) : undefined);
      this.known.set(named.socketId, now);
      if (change) changes[named.socketId] = change;
    }
    for (const [socketId, before] of this.known) {
      if (seen.has(socketId)) continue;
      this.known.delete(socketId);
      changes[socketId] = { protocol: before.protocol, states: [{ state: 'CLOSED', at }] };
    }
    return Object.keys(changes).length > 0 ? changes : undefined;
  }

  /** True while some socket is known, whose closing is still to be seen. */
  get watching(): boolean {
    return this.known.size > 0;
  }

  /** Forgets every socket, for a new run of samples. */
  clear(): void {
    this.known.clear();
  }
}

function currentOf(socket: SsSocket): KnownSocket {
  const { protocol, state, recvQueue, sendQueue, timer, tcpInfo } = socket;
  return {
    protocol,
    state,
    ...(state === 'LISTEN'
      ? { acceptQueue: { waiting: recvQueue, backlog: sendQueue } }
      : { queues: { recvQueue, sendQueue } }),
    ...(timer ? { timer } : {}),
    ...(tcpInfo && Object.keys(tcpInfo).length > 0 ? { tcpInfo } : {}),
  };
}

function changeBetween(
  before: KnownSocket | undefined,
  now: KnownSocket,
  at: number,
  start: TcpState | undefined,
): KernelSocketChange | undefined {
  const change: KernelSocketChange = { protocol: now.protocol };
  const states = statesEntered(before?.state ?? start, now, at);
  if (states.length > 0) change.states = states;
  if (now.queues && !sameNumbers(before?.queues, now.queues)) change.queues = now.queues;
  if (now.acceptQueue && !sameNumbers(before?.acceptQueue, now.acceptQueue))
    change.acceptQueue = now.acceptQueue;
  if (now.timer && !sameNumbers(before?.timer, now.timer)) change.timer = now.timer;
  if (!now.timer && before?.timer) change.timer = null;
  if (now.tcpInfo && !sameNumbers(before?.tcpInfo, now.tcpInfo)) change.tcpInfo = now.tcpInfo;
  // A tcp_info the kernel stopped printing (TIME_WAIT has none) is kept: it is the connection's last word.
  if (now.tcpInfo === undefined && before?.tcpInfo) now.tcpInfo = before.tcpInfo;
  return Object.keys(change).length > 1 ? change : undefined;
}

function statesEntered(from: KernelState | undefined, now: KnownSocket, at: number): KernelStateChange[] {
  if (from === now.state) return [];
  const seen: KernelStateChange = { state: now.state, at };
  if (from === undefined || now.protocol === 'udp') return [seen];
  const between = skippedStates(from as TcpState, now.state as TcpState);
  return [...between.map((state): KernelStateChange => ({ state, at, tooBrief: true })), seen];
}

function sameNumbers<T extends object>(before: T | undefined, now: T): boolean {
  if (!before) return false;
  const keys = Object.keys(now) as (keyof T)[];
  return keys.length === Object.keys(before).length && keys.every((key) => before[key] === now[key]);
}
