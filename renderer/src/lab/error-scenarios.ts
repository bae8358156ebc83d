import type { SocketScopeApi } from '@contract/api';
import { DEFAULT_RECV_BUFFER, type CommandName, type CommandResults } from '@contract/commands';
import type { CommandError, CommandResponse } from '@contract/responses';
import { internalError } from '../commands/settle-command';

/** What a scenario showed: the error it provoked, or what happened instead. */
export type ScenarioOutcome =
  | { kind: 'error'; error: CommandError }
  | { kind: 'note'; key: ScenarioNoteKey; params: Record<string, string | number> };

export type ScenarioNoteKey =
  'noError' | 'privilegedPortOpened' | 'localhostWent' | 'localhostMissed' | 'wildcardListened' | 'resetSent';

export const SCENARIO_IDS = [
  'addressInUse',
  'connectionRefused',
  'permissionDenied',
  'addressNotAvailable',
  'connectionReset',
  'timedOut',
  'localhost',
  'wildcard',
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

const LOOPBACK = '127.0.0.1';
const tcp = (host: string, port: number) => ({
  protocol: 'tcp' as const,
  host,
  port,
  recvBufferSize: DEFAULT_RECV_BUFFER,
});

/** A step that had to work did not: the scenario ends with that error. */
class StepFailed extends Error {
  constructor(readonly error: CommandError) {
    super(error.message);
  }
}

function resultOf<C extends CommandName>(response: CommandResponse<C>): CommandResults[C] {
  if (!response.ok) throw new StepFailed(response.error);
  return response.result;
}

const noError = (what: string): ScenarioOutcome => ({ kind: 'note', key: 'noError', params: { what } });

/**
 * Each scenario makes one classic socket error happen for real, with the Lab's own sockets, so
 * it shows where it happens (on the diagram, in the log) as well as here, explained.
 */
const scenarios: Record<ScenarioId, (api: SocketScopeApi) => Promise<ScenarioOutcome>> = {
  async addressInUse(api) {
    const first = resultOf(await api.startServer(tcp(LOOPBACK, 0)));
    const second = await api.startServer(tcp(LOOPBACK, first.local.port));
    await api.stopServer({ serverId: first.serverId });
    if (!second.ok) return { kind: 'error', error: second.error };
    await api.stopServer({ serverId: second.result.serverId });
    return noError(`bind ${LOOPBACK}:${first.local.port}`);
  },
  async connectionRefused(api) {
    // A port that was listening a moment ago and is closed now: nothing listens there.
    const server = resultOf(await api.startServer(tcp(LOOPBACK, 0)));
    await api.stopServer({ serverId: server.serverId });
    const client = await api.connectClient(tcp(LOOPBACK, server.local.port));
    if (!client.ok) return { kind: 'error', error: client.error };
    await api.closeSocket({ socketId: client.result.clientId });
    return noError(`connect ${LOOPBACK}:${server.local.port}`);
  },
  async permissionDenied(api) {
    const server = await api.startServer(tcp(LOOPBACK, 80));
    if (!server.ok) return { kind: 'error', error: server.error };
    await api.stopServer({ serverId: server.result.serverId });
    return { kind: 'note', key: 'privilegedPortOpened', params: { port: 80 } };
  },
  async addressNotAvailable(api) {
    // 192.0.2.1 is reserved for documentation: no machine has it.
    const server = await api.startServer(tcp('192.0.2.1', 0));
    if (!server.ok) return { kind: 'error', error: server.error };
    await api.stopServer({ serverId: server.result.serverId });
    return noError('bind 192.0.2.1');
  },
  async connectionReset(api) {
    const server = resultOf(await api.startServer(tcp(LOOPBACK, 0)));
    const client = resultOf(await api.connectClient(tcp(LOOPBACK, server.local.port)));
    const { sockets } = resultOf(await api.getLabState({}));
    const accepted = sockets.find(
      (socket) => socket.role === 'accepted' && socket.remote?.port === client.local.port,
    );
    if (accepted) resultOf(await api.resetSocket({ socketId: accepted.socketId }));
    await api.stopServer({ serverId: server.serverId });
    return {
      kind: 'note',
      key: 'resetSent',
      params: { client: client.clientId, conn: accepted?.socketId ?? '?' },
    };
  },
  async timedOut(api) {
    // A private address where, on most networks, nobody answers: the connection request goes unanswered.
    const client = await api.connectClient(tcp('10.255.255.1', 80));
    if (!client.ok) return { kind: 'error', error: client.error };
    await api.closeSocket({ socketId: client.result.clientId });
    return noError('connect 10.255.255.1:80');
  },
  async localhost(api) {
    const server = resultOf(await api.startServer(tcp('::1', 0)));
    const client = await api.connectClient(tcp('localhost', server.local.port));
    await api.stopServer({ serverId: server.serverId });
    if (client.ok)
      return { kind: 'note', key: 'localhostWent', params: { address: client.result.remote.address } };
    // This machine's localhost names only IPv4 (as /etc/hosts may say): the server on ::1 is missed.
    if (client.error.kind === 'socket-error' && client.error.error.code === 'ECONNREFUSED') {
      return {
        kind: 'note',
        key: 'localhostMissed',
        params: { address: client.error.error.address ?? '127.0.0.1' },
      };
    }
    return { kind: 'error', error: client.error };
  },
  async wildcard(api) {
    const server = resultOf(await api.startServer(tcp('0.0.0.0', 0)));
    await api.stopServer({ serverId: server.serverId });
    return { kind: 'note', key: 'wildcardListened', params: { port: server.local.port } };
  },
};

export async function runScenario(api: SocketScopeApi, id: ScenarioId): Promise<ScenarioOutcome> {
  try {
    return await scenarios[id](api);
  } catch (thrown) {
    return { kind: 'error', error: thrown instanceof StepFailed ? thrown.error : internalError(thrown) };
  }
}
