import { connect, type Socket } from 'node:net';

/**
 * Opens `total` TCP connections to the port that never send a byte, `wave` at a time, each
 * wave held until the server lets it go or `holdMs` passes; resolves with how many the server
 * had dropped by then. The bench process keeps at most one wave of files open.
 */
export async function holdIdleConnections(
  port: number,
  total: number,
  wave: number,
  holdMs: number,
  afterWave: () => Promise<void>,
): Promise<{ opened: number; droppedByServer: number }> {
  let opened = 0;
  let droppedByServer = 0;
  while (opened < total) {
    const count = Math.min(wave, total - opened);
    const sockets = await Promise.all(Array.from({ length: count }, () => openIdle(port)));
    opened += count;
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    await afterWave();
    droppedByServer += sockets.filter((socket) => socket.closedByServer).length;
    sockets.forEach(({ socket }) => socket.destroy());
  }
  return { opened, droppedByServer };
}

function openIdle(port: number): Promise<{ socket: Socket; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const held = { socket, closedByServer: false };
    socket.on('error', () => undefined);
    socket.once('close', () => (held.closedByServer = true));
    socket.once('connect', () => resolve(held));
    socket.once('error', () => resolve({ socket, closedByServer: true }));
  });
}
