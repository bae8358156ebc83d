import { once } from 'node:events';
import { connect, type Socket } from 'node:net';

/** A plain `net` client with everything it has received so far. */
export interface RawClient {
  socket: Socket;
  received: () => Buffer;
  /** Resolves once at least `bytes` bytes have come back in total. */
  receivedAtLeast: (bytes: number, timeoutMs?: number) => Promise<void>;
  /** Every error the socket reported, kept instead of thrown. */
  errors: Error[];
  closed: Promise<void>;
}

export async function connectRawClient(port: number, host = '127.0.0.1'): Promise<RawClient> {
  const socket = connect({ host, port });
  const chunks: Buffer[] = [];
  const errors: Error[] = [];
  let total = 0;
  const waiters = new Set<() => void>();
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    total += chunk.length;
    waiters.forEach((wake) => wake());
  });
  socket.on('error', (error) => errors.push(error));
  const closed = once(socket, 'close').then(() => undefined);
  await once(socket, 'connect');
  return {
    socket,
    received: () => Buffer.concat(chunks),
    errors,
    closed,
    receivedAtLeast: (bytes, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Only ${total} of ${bytes} bytes came back within ${timeoutMs} ms.`));
        }, timeoutMs);
        const check = () => {
          if (total < bytes) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      }),
  };
}

/**
 * Sends `probe` through an echo server and tells whether exactly it came back, right after
 * everything that came back before.
 */
export async function echoesBack(client: RawClient, probe: Buffer): Promise<boolean> {
  const before = client.received().length;
  client.socket.write(probe);
  await client.receivedAtLeast(before + probe.length);
  return client.received().subarray(before).equals(probe);
}

/** Connects `count` clients, `batch` at a time so the listen backlog never overflows. */
export async function connectRawClients(
  port: number,
  count: number,
  batch = 100,
  host = '127.0.0.1',
): Promise<RawClient[]> {
  const clients: RawClient[] = [];
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    clients.push(...(await Promise.all(Array.from({ length: size }, () => connectRawClient(port, host)))));
  }
  return clients;
}

/** Destroys every client and waits until each has closed. */
export async function destroyRawClients(clients: readonly RawClient[]): Promise<void> {
  clients.forEach((client) => client.socket.destroy());
  await Promise.all(clients.map((client) => client.closed));
}
