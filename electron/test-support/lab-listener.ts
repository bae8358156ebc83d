import type { LabSocket } from '../contract/events';

/** A TCP listener on 127.0.0.1:port as the Lab describes one, for tests that match kernel rows to it. */
export function labListener(socketId: string, port: number): LabSocket {
  return {
    socketId,
    role: 'listener',
    protocol: 'tcp',
    state: 'listening',
    local: { address: '127.0.0.1', port, family: 'IPv4' },
    recvBufferSize: 1024,
    bytesSent: 0,
    bytesReceived: 0,
    endSent: false,
    endReceived: false,
  };
}
