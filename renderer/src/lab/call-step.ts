import type { LabEvent, Protocol, SocketRole } from '@contract/events';

/** The calls of the lesson's programs, in the order a socket makes them. */
export type CallStep =
  'socket' | 'bind' | 'listen' | 'accept' | 'connect' | 'send' | 'recv' | 'recv-end' | 'close';

/** Which call of the program an event is the visible effect of. */
export function stepOfEvent(event: LabEvent, role: SocketRole): CallStep | undefined {
  switch (event.type) {
    case 'socket-created':
      // accept() is what creates the server's per-client socket.
      return role === 'accepted' ? 'accept' : 'socket';
    case 'bound':
      return 'bind';
    case 'listening':
      return 'listen';
    case 'accepted':
      return 'accept';
    case 'connecting':
    case 'connected':
      return 'connect';
    case 'data-sent':
    case 'data-held':
      return 'send';
    case 'data-received':
    case 'data-summary':
      return event.type === 'data-summary' && event.direction === 'sent' ? 'send' : 'recv';
    case 'end-received':
      return 'recv-end';
    case 'end-sent':
    case 'closed':
      return 'close';
    case 'error':
      return undefined;
  }
}

/** The socket API's own names, the same in every language; UDP sends and receives with an address. */
export function callName(call: CallStep, protocol: Protocol): string {
  if (protocol === 'udp' && call === 'send') return 'sendto()';
  if (protocol === 'udp' && call === 'recv') return 'recvfrom()';
  return CALL_NAMES[call];
}

const CALL_NAMES: Record<CallStep, string> = {
  socket: 'socket()',
  bind: 'bind()',
  listen: 'listen()',
  accept: 'accept()',
  connect: 'connect()',
  send: 'send()',
  recv: 'recv()',
  'recv-end': 'recv() → 0 B',
  close: 'close()',
};
