import type { BackendApi } from '../../electron/backend/backend-api';
import { DEFAULT_RECV_BUFFER } from '../../electron/contract/commands';
import { commandResultOrThrow } from '../shared/command-result';
import { LOOPBACK } from '../shared/echo-server';

export const CHURN_CLIENTS = 10;
/** Long enough for the echo to come back before the clients close. */
const ECHO_WAIT_MS = 100;

/**
 * One round of churn as a user makes it, through the back end's commands: CHURN_CLIENTS
 * clients connect to the Lab's server, each sends a message, and all close. Resolves with how
 * many connections it made.
 */
export async function churnOnce(backend: BackendApi, port: number): Promise<number> {
  const clients = await Promise.all(
    Array.from({ length: CHURN_CLIENTS }, () =>
      commandResultOrThrow(backend, 'connectClient', {
        protocol: 'tcp',
        host: LOOPBACK,
        port,
        recvBufferSize: DEFAULT_RECV_BUFFER,
      }),
    ),
  );
  await Promise.all(
    clients.map(({ clientId }) =>
      commandResultOrThrow(backend, 'send', {
        socketId: clientId,
        message: { encoding: 'text', text: 'Hello world!' },
      }),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, ECHO_WAIT_MS));
  await Promise.all(
    clients.map(({ clientId }) => commandResultOrThrow(backend, 'closeSocket', { socketId: clientId })),
  );
  return clients.length;
}
