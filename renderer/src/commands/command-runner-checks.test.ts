import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../test-support/fake-api';
import { createCommandRunner } from './command-runner';

describe('createCommandRunner before and without a round trip', () => {
  it('starts idle, with no error to show', () => {
    const { api } = createFakeApi({});
    expect(createCommandRunner(api).state.getState()).toEqual({ pending: false, error: undefined });
  });

  it('answers a payload the contract refuses with that error, never asking the back end', async () => {
    const asked: unknown[] = [];
    const { api } = createFakeApi({
      closeSocket: (payload) => {
        asked.push(payload);
        return Promise.resolve({ ok: true, result: {} });
      },
    });
    const runner = createCommandRunner(api);
    const response = await runner.run('closeSocket', { socketId: 42 });
    expect(response).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } });
    expect(runner.state.getState()).toEqual({ pending: false, error: !response.ok && response.error });
    expect(asked).toEqual([]);
  });
});
