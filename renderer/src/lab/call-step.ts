import type { LabEvent, SocketRole } from '@contract/events';

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
