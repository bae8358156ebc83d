import { describe, expect, it } from 'vitest';
import type { SocketErrorInfo } from '@contract/events';
import { createFakeApi } from '../test-support/fake-api';
import { runScenario } from './error-scenarios';

const loopback = (port: number) => ({ address: '127.0.0.1', family: 'IPv4' as const, port });

describe('runScenario', () => {
  it('ends with an error to show when a call rejects instead of answering', async () => {
    const { api } = createFakeApi({ startServer: () => Promise.reject(new Error('IPC channel closed')) });
    expect((await runScenario(api, 'wildcard')).outcome).toEqual({
      kind: 'error',
      error: { kind: 'internal', message: 'IPC channel closed' },
    });
  });

  it('names every socket it opened, the failed one too, and the address the failing call tried', async () => {
    const inUse: SocketErrorInfo = {
      code: 'EADDRINUSE',
      message: 'in use',
      address: '127.0.0.1',
      port: 41000,
    };
    const { api } = createFakeApi({
      startServer: ({ port }) =>
        Promise.resolve(
          port === 0
            ? { ok: true, result: { serverId: 'server-1', local: loopback(41000) } }
            : {
                ok: false,
                error: { kind: 'socket-error', message: 'in use', socketId: 'server-2', error: inUse },
              },
        ),
      stopServer: () => Promise.resolve({ ok: true, result: { closedSockets: 1 } }),
    });
    const run = await runScenario(api, 'addressInUse');
    expect(run.socketIds).toEqual(['server-1', 'server-2']);
    expect(run.target).toBe('127.0.0.1:41000');
    expect(run.outcome).toMatchObject({ kind: 'error', error: { error: { code: 'EADDRINUSE' } } });
  });

  it('says why there was no timeout when the network refused the far peer at once', async () => {
    const unreachable: SocketErrorInfo = { code: 'ENETUNREACH', message: 'unreachable' };
    const { api } = createFakeApi({
      connectClient: () =>
        Promise.resolve({
          ok: false,
          error: { kind: 'socket-error', message: 'unreachable', socketId: 'client-1', error: unreachable },
        }),
    });
    const run = await runScenario(api, 'timedOut');
    expect(run.outcome).toMatchObject({
      kind: 'error',
      note: { key: 'answeredAtOnce', params: { code: 'ENETUNREACH', where: '10.255.255.1:80' } },
    });
  });
});
