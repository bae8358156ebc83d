import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { labSocketStates, startEchoPair } from '../test-support/echo-pair';
import type { LabEvent } from '../contract/events';
import { badInputs, expectRejection, type Targets } from '../test-support/bad-inputs';
import { openKernelTcpRowsOnPort } from '../test-support/os-tcp-table';
import { connectRawClient, destroyRawClients, echoesBack, type RawClient } from '../test-support/raw-clients';
import type { BackendApi } from './backend-api';
import { createBackend } from './create-backend';

let backend: BackendApi;
let unsubscribe: () => void;
const events: LabEvent[] = [];
let targets: Targets;
let bystander: RawClient;

beforeAll(async () => {
  backend = createBackend({ batchIntervalMs: 5 });
  unsubscribe = backend.subscribe('lab', (batch) => events.push(...batch.events));
  const { serverPort, clientId } = await startEchoPair((command, payload) =>
    backend.handle(command, payload),
  );
  targets = { serverPort, clientId };
  bystander = await connectRawClient(serverPort);
  // Both accepts (the Lab client's and the bystander's) are streamed before any case starts counting.
  await vi.waitFor(() => expect(events.filter((event) => event.type === 'accepted')).toHaveLength(2));
});

afterAll(async () => {
  await destroyRawClients([bystander]);
  unsubscribe();
  await backend.close();
});

const labSockets = () => labSocketStates((command, payload) => backend.handle(command, payload));

// Case names do not depend on the targets, which exist only once beforeAll has run.
const caseNames = badInputs({ serverPort: 1, clientId: 'client-1' }, 'direct').map((input) => input.name);

describe('bad input through backend.handle', () => {
  it.each(caseNames)('refuses %s with a specific error, runs nothing and keeps serving', async (name) => {
    const input = badInputs(targets, 'direct').find((candidate) => candidate.name === name);
    if (!input) throw new Error(`no case ${name}`);
    const before = await labSockets();
    const kernelBefore = (await openKernelTcpRowsOnPort(targets.serverPort)).length;
    const seen = events.length;

    expectRejection(await backend.handle(input.command, input.payload), input.expected);

    // The echo server that was open before the bad input still echoes a bystander's bytes.
    expect(await echoesBack(bystander, Buffer.from('probe'))).toBe(true);
    // The bystander's echo arrives after anything the bad command could have started.
    await expect
      .poll(() => events.slice(seen).some((event) => event.type === 'data-sent'), { interval: 5 })
      .toBe(true);
    expect(events.slice(seen).filter((event) => event.type === 'socket-created')).toEqual([]);
    expect(await labSockets()).toEqual(before);
    expect((await openKernelTcpRowsOnPort(targets.serverPort)).length).toBe(kernelBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).port).toBeUndefined();
  });

  it('still runs a valid command after all of them', async () => {
    const sent = await backend.handle('send', {
      socketId: targets.clientId,
      message: { encoding: 'text', text: 'after the storm' },
    });
    expect(sent).toEqual({ ok: true, result: { bytes: 15 } });
  });
});
