import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../test-support/fake-api';
import { createCommandRunner } from './command-runner';

const client = { protocol: 'tcp', host: '127.0.0.1', port: 5346, recvBufferSize: 1024 } as const;
const connected = {
  clientId: 'client-1',
  local: { address: '127.0.0.1', port: 40001, family: 'IPv4' },
  remote: { address: '127.0.0.1', port: 5346, family: 'IPv4' },
} as const;

describe('createCommandRunner', () => {
  it('turns a call that rejected into an error to show, and gives the control back', async () => {
    const { api } = createFakeApi({ connectClient: () => Promise.reject(new Error('IPC channel closed')) });
    const runner = createCommandRunner(api);
    const response = await runner.run('connectClient', client);
    const error = { kind: 'internal', message: 'IPC channel closed' };
    expect(response).toEqual({ ok: false, error });
    expect(runner.state.getState()).toEqual({ pending: false, error });
  });

  it('is pending while the back end answers, and forgets the last error once a run succeeds', async () => {
    let answer: () => void = () => undefined;
    const { api } = createFakeApi({
      connectClient: () =>
        new Promise((resolve) => {
          answer = () => resolve({ ok: true, result: connected });
        }),
    });
    const runner = createCommandRunner(api);
    await runner.run('connectClient', { ...client, port: 'x' });
    expect(runner.state.getState().error?.kind).toBe('invalid-payload');

    const running = runner.run('connectClient', client);
    expect(runner.state.getState()).toEqual({ pending: true, error: undefined });
    answer();
    expect(await running).toEqual({ ok: true, result: connected });
    expect(runner.state.getState()).toEqual({ pending: false, error: undefined });
  });
});
