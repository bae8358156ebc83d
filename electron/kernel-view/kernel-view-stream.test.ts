import { afterEach, describe, expect, it } from 'vitest';
import type { BackendApi } from '../backend/backend-api';
import { createBackend } from '../backend/create-backend';
import { whenBehind } from '../browser-mode/behind-policy';
import type { KernelViewBatch } from '../contract/kernel-view';
import { startEchoPair } from '../test-support/echo-pair';
import { runsOn } from '../test-support/platform-skip';
import { SampledView } from './test-support/sampled-view';

let backend: BackendApi | undefined;

afterEach(async () => {
  await backend?.close();
  backend = undefined;
});

async function eventually(check: () => boolean, what: string, tries = 100): Promise<void> {
  for (let attempt = 0; attempt < tries && !check(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
}

describe.runIf(runsOn('linux', "the back end's kernel-view stream", 'The sampler has tests of its own.'))(
  "the back end's kernel-view stream",
  () => {
    it("streams the Lab's sockets as the kernel holds them to a subscriber", async () => {
      const live = createBackend();
      backend = live;
      const view = new SampledView();
      const unsubscribe = live.subscribe('kernel-view', view.publish);
      const { serverId, clientId } = await startEchoPair((command, payload) => live.handle(command, payload));
      await eventually(() => view.states(clientId).includes('ESTABLISHED'), "the client's ESTABLISHED");
      expect(view.states(serverId)).toEqual(['LISTEN']);
      expect(view.batches[0]?.limits).toEqual({ platform: 'linux' });
      unsubscribe();
    });
  },
);

describe('whenBehind, for the kernel view', () => {
  const batch: KernelViewBatch = {
    at: 1,
    sockets: {
      'client-1': {
        protocol: 'tcp',
        states: [{ state: 'ESTABLISHED', at: 1 }],
        queues: { recvQueue: 0, sendQueue: 0 },
      },
      'conn-1': { protocol: 'tcp', tcpInfo: { rttMs: 0.03 } },
    },
    counters: { 'Tcp.ActiveOpens': 1 },
  };

  it('keeps states entered and counter rises, which later batches cannot give again', () => {
    expect(whenBehind({ stream: 'kernel-view', batch })).toEqual({
      stream: 'kernel-view',
      batch: {
        at: 1,
        sockets: { 'client-1': { protocol: 'tcp', states: [{ state: 'ESTABLISHED', at: 1 }] } },
        counters: { 'Tcp.ActiveOpens': 1 },
      },
    });
  });

  it('sends nothing of a batch of numbers alone', () => {
    const numbersOnly: KernelViewBatch = { at: 2, sockets: { 'conn-1': { protocol: 'tcp', timer: null } } };
    expect(whenBehind({ stream: 'kernel-view', batch: numbersOnly })).toBeUndefined();
  });
});
