import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { LOOPBACK } from '../shared/echo-server';
import { Payload, type PayloadKind } from '../shared/payload';

export interface ThroughputResult {
  connections: number;
  bytesSent: number;
  bytesReceived: number;
  /** From the first write to the last echoed byte. */
  seconds: number;
  /** Every connection got back exactly what it sent (same length, same SHA-256). */
  byteExact: boolean;
}

interface StreamResult {
  sent: number;
  received: number;
  exact: boolean;
}

/** Writes 64 KiB chunks as fast as the socket takes them until the deadline, then ends and reads the rest. */
function stream(socket: Socket, payload: Payload, deadline: number): Promise<StreamResult> {
  const sentHash = createHash('sha256');
  const receivedHash = createHash('sha256');
  let sent = 0;
  let received = 0;
  socket.on('data', (chunk: Buffer) => {
    received += chunk.length;
    receivedHash.update(chunk);
  });
  const closed = new Promise<StreamResult>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('close', () => {
      const exact = sent === received && sentHash.digest('hex') === receivedHash.digest('hex');
      resolve({ sent, received, exact });
    });
  });
  const pump = (): void => {
    while (performance.now() < deadline) {
      const chunk = payload.next();
      sent += chunk.length;
      sentHash.update(chunk);
      if (!socket.write(chunk)) {
        socket.once('drain', pump);
        return;
      }
    }
    socket.end();
  };
  pump();
  return closed;
}

export async function measureThroughput(
  port: number,
  connections: number,
  durationMs: number,
  payload: PayloadKind,
): Promise<ThroughputResult> {
  const sockets = await Promise.all(
    Array.from({ length: connections }, async () => {
      const socket = connect({ port, host: LOOPBACK });
      await once(socket, 'connect');
      return socket;
    }),
  );
  const started = performance.now();
  const deadline = started + durationMs;
  const timeout = setTimeout(
    () => sockets.forEach((socket) => socket.destroy(new Error('The echo did not finish in time.'))),
    durationMs + 30_000,
  );
  try {
    const results = await Promise.all(
      sockets.map((socket, i) => stream(socket, new Payload(payload, i * 101), deadline)),
    );
    return {
      connections,
      bytesSent: results.reduce((sum, result) => sum + result.sent, 0),
      bytesReceived: results.reduce((sum, result) => sum + result.received, 0),
      seconds: (performance.now() - started) / 1000,
      byteExact: results.every((result) => result.exact),
    };
  } finally {
    clearTimeout(timeout);
  }
}
