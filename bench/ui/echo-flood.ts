import { once } from 'node:events';
import { connect } from 'node:net';
import { Payload } from '../shared/payload';

export interface EchoFlood {
  /** Bytes written and echoed so far. */
  counts(): { sent: number; echoed: number };
  /** Stops writing and closes the connection (reset if the echo has not drained in 5 s); once. */
  stop(): Promise<{ sent: number; echoed: number }>;
}

const CLOSE_TIMEOUT_MS = 5_000;

/** One raw TCP client that writes 64 KiB random-byte chunks as fast as the echo server takes them and reads the echo. */
export async function startEchoFlood(port: number): Promise<EchoFlood> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  const payload = new Payload('random', 0);
  let sent = 0;
  let echoed = 0;
  let writing = true;
  socket.on('data', (chunk: Buffer) => {
    echoed += chunk.length;
  });
  socket.on('error', () => undefined);
  const pump = () => {
    while (writing) {
      const chunk = payload.next();
      sent += chunk.length;
      if (!socket.write(chunk)) return;
    }
  };
  socket.on('drain', pump);
  pump();
  const close = async () => {
    writing = false;
    if (!socket.closed) {
      const closed = once(socket, 'close');
      socket.end();
      const timer = setTimeout(() => socket.resetAndDestroy(), CLOSE_TIMEOUT_MS);
      await closed;
      clearTimeout(timer);
    }
    return { sent, echoed };
  };
  let stopping: Promise<{ sent: number; echoed: number }> | undefined;
  return {
    counts: () => ({ sent, echoed }),
    stop: () => (stopping ??= close()),
  };
}
