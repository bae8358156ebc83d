/** What a row's state is when the OS printed a word no table here knows: shown and counted as such. */
export const UNKNOWN_STATE = 'UNKNOWN';

/** TCP states as netstat prints them on macOS (BSD spelling) and English Windows, by the ss name the Linux scanner uses. */
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
  // Windows, for the moment its stack frees a connection's control block.
  DELETE_TCB: 'CLOSE',
};

/**
 * The ss name of a TCP state netstat printed, or UNKNOWN_STATE: a word passed on as it is would pass
 * for a state no filter, count or colour knows (ESCUCHANDO is a listener, yet would not be LISTEN).
 */
export function tcpStateName(printed: string): string {
  return SS_STATE_NAMES[printed.toUpperCase()] ?? UNKNOWN_STATE;
}

/** UDP has no state: ss calls a socket with a peer ESTABLISHED and any other UNCONN. */
export function udpStateName(remotePort: number): string {
  return remotePort === 0 ? 'UNCONN' : 'ESTABLISHED';
}
