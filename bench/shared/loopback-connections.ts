import { once } from 'node:events';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface LoopbackConnections {
  port: number;
  /** Both ends of every connection: 2 sockets per pair. */
  sockets: Socket[];
  close(): Promise<void>;
}

/** Opens `pairs` loopback TCP connections to one listener, a batch at a time so the backlog never overflows. */
export async function openLoopbackConnections(pairs: number, batchSize = 250): Promise<LoopbackConnections> {
  const server: Server = createServer();
  const sockets: Socket[] = [];
  server.on('connection', (socket) => sockets.push(socket));
  server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  for (let opened = 0; opened < pairs; opened += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, pairs - opened) }, async () => {
      const socket = connect(port, '127.0.0.1');
      await once(socket, 'connect');
      sockets.push(socket);
    });
    await Promise.all(batch);
  }
  while (sockets.length < pairs * 2) await new Promise((resolve) => setTimeout(resolve, 10));
  return {
    port,
    sockets,
    async close() {
      // A reset leaves no TIME_WAIT behind, so the next run starts from the same table.
      sockets.forEach((socket) => socket.resetAndDestroy());
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
