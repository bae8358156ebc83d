/** TCP states as netstat prints them on macOS (BSD spelling) and Windows, by the ss name the Linux scanner uses. */
const SS_STATE_NAMES: Readonly<Record<string, string>> = {
  LISTEN: 'LISTEN',
  LISTENING: 'LISTEN',
  ESTABLISHED: 'ESTABLISHED',
  SYN_SENT: 'SYN_SENT',
  SYN_RCVD: 'SYN_RECV',
  SYN_RECEIVED: 'SYN_RECV',
  FIN_WAIT_1: 'FIN_WAIT1',
  FIN_WAIT_2: 'FIN_WAIT2',
  TIME_WAIT: 'TIME_WAIT',
  CLOSED: 'CLOSE',
  CLOSE_WAIT: 'CLOSE_WAIT',
  LAST_ACK: 'LAST_ACK',
  CLOSING: 'CLOSING',
};

/** The ss name of a TCP state netstat printed; a word it does not know (localized Windows) kept, upper case. */
export function tcpStateName(printed: string): string {
  const upper = printed.toUpperCase();
  return SS_STATE_NAMES[upper] ?? upper;
}

/** UDP has no state: ss calls a socket with a peer ESTABLISHED and any other UNCONN. */
export function udpStateName(remotePort: number): string {
  return remotePort === 0 ? 'UNCONN' : 'ESTABLISHED';
}
