import type { SocketRole } from '../contract/events';
import type { TcpState } from '../contract/kernel-view';

/**
 * TCP's transitions: RFC 9293's Figure 5, plus the ones its text adds (a RST or abort closes any
 * synchronized state; FIN_WAIT1 goes straight to TIME_WAIT when the peer's FIN acknowledges ours).
 * Left out: SYN_RECV's close() to FIN_WAIT1, since the Lab names a socket only once it is
 * connected or accepted, so ESTABLISHED came between. The likelier way is listed first.
 */
const TRANSITIONS: Readonly<Record<TcpState, readonly TcpState[]>> = {
  CLOSED: ['SYN_SENT', 'LISTEN'],
  LISTEN: ['SYN_RECV', 'SYN_SENT', 'CLOSED'],
  SYN_SENT: ['ESTABLISHED', 'SYN_RECV', 'CLOSED'],
  SYN_RECV: ['ESTABLISHED', 'LISTEN', 'CLOSED'],
  ESTABLISHED: ['FIN_WAIT1', 'CLOSE_WAIT', 'CLOSED'],
  FIN_WAIT1: ['FIN_WAIT2', 'CLOSING', 'TIME_WAIT', 'CLOSED'],
  FIN_WAIT2: ['TIME_WAIT', 'CLOSED'],
  CLOSE_WAIT: ['LAST_ACK', 'CLOSED'],
  CLOSING: ['TIME_WAIT', 'CLOSED'],
  LAST_ACK: ['CLOSED'],
  TIME_WAIT: ['CLOSED'],
};

/** Where a socket's history begins: an accepted socket is born of its listener, in SYN_RECV. */
export function startingState(role: SocketRole): TcpState {
  return role === 'accepted' ? 'LISTEN' : 'CLOSED';
}

/** A socket passes through neither on its way: one that listens or has closed is done. */
const NEVER_BETWEEN: ReadonlySet<TcpState> = new Set(['CLOSED', 'LISTEN']);

/**
 * The states a socket must have passed through between two it was seen in, by the shortest way
 * TCP allows (none when the step is itself a transition, or when TCP has no way between them).
 */
export function skippedStates(from: TcpState, to: TcpState): TcpState[] {
  if (from === to) return [];
  const cameFrom = new Map<TcpState, TcpState>([[from, from]]);
  const queue: TcpState[] = [from];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as TcpState;
    for (const next of TRANSITIONS[state]) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, state);
      if (next === to) return pathBefore(to, from, cameFrom);
      if (!NEVER_BETWEEN.has(next)) queue.push(next);
    }
  }
  return [];
}

function pathBefore(to: TcpState, from: TcpState, cameFrom: ReadonlyMap<TcpState, TcpState>): TcpState[] {
  const between: TcpState[] = [];
  for (let state = cameFrom.get(to); state !== undefined && state !== from; state = cameFrom.get(state)) {
    between.unshift(state);
  }
  return between;
}
