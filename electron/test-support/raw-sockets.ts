import { connect, createServer, type AddressInfo, type Server } from 'node:net';

/** Sends bytes over a plain net client, half-closes, and resolves with everything that came back. */
export function exchangeOverRawClient(
  port: number,
  payload: Uint8Array,
  host = '127.0.0.1',
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const received: Buffer[] = [];
    const socket = connect({ host, port }, () => socket.end(payload));
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(received)));
  });
}

/** A bare echo server (socket.pipe(socket)) that also records what it received, for checking our client. */
export async function startRawEchoServer(): Promise<{
  port: number;
  received: () => Buffer;
  close: () => Promise<void>;
}> {
  const chunks: Buffer[] = [];
  const server: Server = createServer((socket) => {
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received: () => Buffer.concat(chunks),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on: bound by the OS, then released. */
export async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
