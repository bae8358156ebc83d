import type { SocketScopeApi } from '@contract/api';
import { DEFAULT_RECV_BUFFER, type CommandName, type CommandResults } from '@contract/commands';
import type { CommandError, CommandResponse } from '@contract/responses';
import { internalError } from '../commands/settle-command';

export type ScenarioNoteKey =
  | 'noError'
  | 'privilegedPortOpened'
  | 'localhostWent'
  | 'localhostMissed'
  | 'wildcardListened'
  | 'resetSent'
  | 'farAnswered'
  | 'answeredAtOnce';

export interface ScenarioNote {
  key: ScenarioNoteKey;
  params: Record<string, string | number>;
}

/**
 * What a scenario showed: the error it provoked (with a note when this machine gave another
 * error than the classic one), or what happened instead.
 */
export type ScenarioOutcome =
  { kind: 'error'; error: CommandError; note?: ScenarioNote } | ({ kind: 'note' } & ScenarioNote);

/** A scenario's run, for its scene to draw: what happened, with which sockets, aimed where. */
/** A peer on another machine that scenario `id` tries to reach (host:port), if it tries one. */
export function farPeerOf(id: ScenarioId): string | undefined {
  return id === 'timedOut' ? `${FAR_PEER.host}:${FAR_PEER.port}` : undefined;
}

export interface ScenarioRun {
  outcome: ScenarioOutcome;
  /** Every Lab socket the scenario opened, in order, failed ones included. */
  socketIds: string[];
  /** Where the scenario's telling call was aimed (host:port), when known. */
  target?: string;
}

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
/** A private address where, on most networks, nobody answers. */
const FAR_PEER = { host: '10.255.255.1', port: 80 };
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

/** A scenario's calls, noting every socket they open so that its scene can draw and close them. */
class ScenarioCalls {
  readonly socketIds: string[] = [];
  target: string | undefined;
  constructor(readonly api: SocketScopeApi) {}

  async startServer(host: string, port: number) {
    this.target = `${host}:${port}`;
    const response = await this.api.startServer(tcp(host, port));
    this.note(response.ok ? response.result.serverId : failedSocketOf(response.error));
    return response;
  }

  async connectClient(host: string, port: number) {
    this.target = `${host}:${port}`;
    const response = await this.api.connectClient(tcp(host, port));
    this.note(response.ok ? response.result.clientId : failedSocketOf(response.error));
    return response;
  }

  note(socketId: string | undefined) {
    if (socketId !== undefined && !this.socketIds.includes(socketId)) this.socketIds.push(socketId);
  }
}

function failedSocketOf(error: CommandError): string | undefined {
  return error.kind === 'socket-error' ? error.socketId : undefined;
}

const noError = (what: string): ScenarioOutcome => ({ kind: 'note', key: 'noError', params: { what } });

/**
 * Each scenario makes one classic socket error happen for real, with the Lab's own sockets, in a
 * scene of its own (the log shows its events too), explained.
 */
const scenarios: Record<ScenarioId, (calls: ScenarioCalls) => Promise<ScenarioOutcome>> = {
  async addressInUse(calls) {
    const { api } = calls;
    const first = resultOf(await calls.startServer(LOOPBACK, 0));
    const second = await calls.startServer(LOOPBACK, first.local.port);
    await api.stopServer({ serverId: first.serverId });
    if (!second.ok) return { kind: 'error', error: second.error };
    await api.stopServer({ serverId: second.result.serverId });
    return noError(`bind ${LOOPBACK}:${first.local.port}`);
  },
  async connectionRefused(calls) {
    const { api } = calls;
    // A port that was listening a moment ago and is closed now: nothing listens there.
    const server = resultOf(await calls.startServer(LOOPBACK, 0));
    await api.stopServer({ serverId: server.serverId });
    const client = await calls.connectClient(LOOPBACK, server.local.port);
    if (!client.ok) return { kind: 'error', error: client.error };
    await api.closeSocket({ socketId: client.result.clientId });
    return noError(`connect ${LOOPBACK}:${server.local.port}`);
  },
  async permissionDenied(calls) {
    const server = await calls.startServer(LOOPBACK, 80);
    if (!server.ok) return { kind: 'error', error: server.error };
    await calls.api.stopServer({ serverId: server.result.serverId });
    return { kind: 'note', key: 'privilegedPortOpened', params: { port: 80 } };
  },
  async addressNotAvailable(calls) {
    // 192.0.2.1 is reserved for documentation: no machine has it.
    const server = await calls.startServer('192.0.2.1', 0);
    if (!server.ok) return { kind: 'error', error: server.error };
    await calls.api.stopServer({ serverId: server.result.serverId });
    return noError('bind 192.0.2.1');
  },
  async connectionReset(calls) {
    const { api } = calls;
    const server = resultOf(await calls.startServer(LOOPBACK, 0));
    const client = resultOf(await calls.connectClient(LOOPBACK, server.local.port));
    const { sockets } = resultOf(await api.getLabState({}));
    const accepted = sockets.find(
      (socket) => socket.role === 'accepted' && socket.remote?.port === client.local.port,
    );
    calls.note(accepted?.socketId);
    if (accepted) resultOf(await api.resetSocket({ socketId: accepted.socketId }));
    await api.stopServer({ serverId: server.serverId });
    return {
      kind: 'note',
      key: 'resetSent',
      params: { client: client.clientId, conn: accepted?.socketId ?? '?' },
    };
  },
  async timedOut(calls) {
    const client = await calls.connectClient(FAR_PEER.host, FAR_PEER.port);
    const where = `${FAR_PEER.host}:${FAR_PEER.port}`;
    if (client.ok) {
      await calls.api.closeSocket({ socketId: client.result.clientId });
      return { kind: 'note', key: 'farAnswered', params: { where } };
    }
    const { error } = client;
    // This network said "no" at once (no route, refused): no waiting, so no timeout to see.
    if (error.kind === 'socket-error' && error.error.code !== 'ETIMEDOUT') {
      return {
        kind: 'error',
        error,
        note: { key: 'answeredAtOnce', params: { where, code: error.error.code } },
      };
    }
    return { kind: 'error', error };
  },
  async localhost(calls) {
    const { api } = calls;
    const server = resultOf(await calls.startServer('::1', 0));
    const client = await calls.connectClient('localhost', server.local.port);
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
  async wildcard(calls) {
    const server = resultOf(await calls.startServer('0.0.0.0', 0));
    await calls.api.stopServer({ serverId: server.serverId });
    return { kind: 'note', key: 'wildcardListened', params: { port: server.local.port } };
  },
};

export async function runScenario(api: SocketScopeApi, id: ScenarioId): Promise<ScenarioRun> {
  const calls = new ScenarioCalls(api);
  const run = (outcome: ScenarioOutcome): ScenarioRun => ({
    outcome,
    socketIds: calls.socketIds,
    ...(calls.target === undefined ? {} : { target: calls.target }),
  });
  try {
    return run(await scenarios[id](calls));
  } catch (thrown) {
    return run({ kind: 'error', error: thrown instanceof StepFailed ? thrown.error : internalError(thrown) });
  }
}
