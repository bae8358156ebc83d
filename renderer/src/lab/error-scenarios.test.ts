import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../test-support/fake-api';
import { runScenario } from './error-scenarios';

describe('runScenario', () => {
  it('ends with an error to show when a call rejects instead of answering', async () => {
    const { api } = createFakeApi({ startServer: () => Promise.reject(new Error('IPC channel closed')) });
    expect(await runScenario(api, 'wildcard')).toEqual({
      kind: 'error',
      error: { kind: 'internal', message: 'IPC channel closed' },
    });
  });
});
