import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { LOOPBACK, type EchoServer } from '../shared/echo-server';

/** The baseline: Node's own echo, `socket.pipe(socket)`, with nothing watching. */
export async function startBareNodeEcho(): Promise<EchoServer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
    socket.pipe(socket);
  });
  server.listen({ host: LOOPBACK, port: 0 });
  await once(server, 'listening');
  return {
    name: 'bare Node',
    port: (server.address() as AddressInfo).port,
    async close() {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
