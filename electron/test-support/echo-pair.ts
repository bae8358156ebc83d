import type { CommandResponse } from '../contract/responses';

/** Runs one command the way a test reaches the back end: directly, or over the WebSocket. */
type RunCommand = (
  command: 'startServer' | 'connectClient' | 'getLabState',
  payload: unknown,
) => Promise<unknown>;

const lessonSocket = (port: number) => ({ protocol: 'tcp', host: '127.0.0.1', port, recvBufferSize: 1024 });

function resultOf<T>(response: unknown): T {
  const typed = response as CommandResponse<'startServer'>;
  if (!typed.ok) throw new Error(typed.error.message);
  return typed.result as T;
}

/** The lesson's TCP echo server on a free loopback port, and one client connected to it. */
export async function startEchoPair(
  run: RunCommand,
): Promise<{ serverId: string; serverPort: number; clientId: string }> {
  const server = resultOf<{ serverId: string; local: { port: number } }>(
    await run('startServer', lessonSocket(0)),
  );
  const client = resultOf<{ clientId: string }>(await run('connectClient', lessonSocket(server.local.port)));
  return { serverId: server.serverId, serverPort: server.local.port, clientId: client.clientId };
}

/** Every socket the Lab has open, as "id:state", sorted: what a bad command must leave as it was. */
export async function labSocketStates(run: RunCommand): Promise<string[]> {
  const { sockets } = resultOf<{ sockets: { socketId: string; state: string }[] }>(
    await run('getLabState', {}),
  );
  return sockets.map((socket) => `${socket.socketId}:${socket.state}`).sort();
}
