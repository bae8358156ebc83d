import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { labSocketStates, startEchoPair } from '../test-support/echo-pair';
import type { BackendApi } from '../backend/backend-api';
import { createBackend } from '../backend/create-backend';
import { MAX_WIRE_FRAME_BYTES } from '../contract/wire';
import { badInputs, expectRejection, type Targets } from '../test-support/bad-inputs';
import { connectRawClient, destroyRawClients, echoesBack, type RawClient } from '../test-support/raw-clients';
import { WirePage } from '../test-support/wire-page';
import { startBrowserMode, type BrowserModeServer } from './index';

const NOT_JSON = 'That frame is not valid JSON.';
const NOT_A_COMMAND = 'A command needs exactly { id, command, payload }.';
const NOT_TEXT = 'Send commands as JSON text frames.';
const DEPTH = 100_000;
const deepArray = '['.repeat(DEPTH) + ']'.repeat(DEPTH);

let backend: BackendApi;
let server: BrowserModeServer;
let rendererDir: string;
let page: WirePage;
let targets: Targets;
let bystander: RawClient;

beforeAll(async () => {
  rendererDir = mkdtempSync(join(tmpdir(), 'socketscope-renderer-'));
  backend = createBackend({ batchIntervalMs: 5 });
  server = await startBrowserMode({ backend, port: 0, rendererDir });
  page = await WirePage.open(server.url);
  const { serverPort, clientId } = await startEchoPair((command, payload) => page.call(command, payload));
  targets = { serverPort, clientId };
  bystander = await connectRawClient(serverPort);
  // Both accepts (the Lab client's and the bystander's) are streamed before any case starts counting.
  await vi.waitFor(() =>
    expect(
      page
        .labBatches()
        .flatMap((batch) => batch.events)
        .filter((event) => event.type === 'accepted'),
    ).toHaveLength(2),
  );
});

afterAll(async () => {
  page.close();
  await destroyRawClients([bystander]);
  await server.close();
  await backend.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

const labSockets = (on: WirePage = page) => labSocketStates((command, payload) => on.call(command, payload));

/** The app still serves commands, the open echo server still echoes, and nothing new was created. */
async function expectUndisturbed(
  before: string[],
  batchesBefore: number,
  on: WirePage = page,
): Promise<void> {
  const messagesBefore = on.messages.length;
  expect(await echoesBack(bystander, Buffer.from('probe'))).toBe(true);
  // The bystander's echo is streamed after anything a bad frame could have started.
  await on.next(
    (message) =>
      message.type === 'stream' &&
      message.envelope.stream === 'lab' &&
      message.envelope.batch.events.some((event) => event.type === 'data-sent'),
    messagesBefore,
  );
  const created = on
    .labBatches()
    .slice(batchesBefore)
    .flatMap((batch) => batch.events)
    .filter((event) => event.type === 'socket-created');
  expect(created).toEqual([]);
  expect(await labSockets(on)).toEqual(before);
}

// Case names do not depend on the targets, which exist only once beforeAll has run.
const caseNames = badInputs({ serverPort: 1, clientId: 'client-1' }, 'wire').map((input) => input.name);

describe('bad commands through a real WebSocket to browser mode', () => {
  it.each(caseNames)('refuses %s with a specific error, runs nothing and keeps serving', async (name) => {
    const input = badInputs(targets, 'wire').find((candidate) => candidate.name === name);
    if (!input) throw new Error(`no case ${name}`);
    const before = await labSockets();
    const batchesBefore = page.labBatches().length;
    expectRejection(await page.call(input.command, input.payload), input.expected);
    await expectUndisturbed(before, batchesBefore);
  });
});

describe('malformed frames', () => {
  it.each([
    ['not JSON', '{not json', NOT_JSON],
    ['an empty frame', '', NOT_JSON],
    ['a truncated frame', '{"id":1,"command":"getLabState","payload":{', NOT_JSON],
    ['JSON with a trailing comma', '{"id":1,"command":"getLabState","payload":{},}', NOT_JSON],
    ['null', 'null', NOT_A_COMMAND],
    ['an array', '[1,"getLabState",{}]', NOT_A_COMMAND],
    ['a number', '42', NOT_A_COMMAND],
    ['no id', '{"command":"getLabState","payload":{}}', NOT_A_COMMAND],
    ['a negative id', '{"id":-1,"command":"getLabState","payload":{}}', NOT_A_COMMAND],
    ['a fractional id', '{"id":1.5,"command":"getLabState","payload":{}}', NOT_A_COMMAND],
    ['a string id', '{"id":"1","command":"getLabState","payload":{}}', NOT_A_COMMAND],
    ['a number as command', '{"id":1,"command":42,"payload":{}}', NOT_A_COMMAND],
    ['a 10 KB command name', `{"id":1,"command":"${'x'.repeat(10 * 1024)}","payload":{}}`, NOT_A_COMMAND],
    ['an extra envelope key', '{"id":1,"command":"getLabState","payload":{},"admin":true}', NOT_A_COMMAND],
    [
      'a __proto__ envelope key',
      '{"id":1,"command":"getLabState","payload":{},"__proto__":{"admin":true}}',
      NOT_A_COMMAND,
    ],
    ['an array nested 100,000 deep', deepArray, NOT_A_COMMAND],
    ['a binary frame', Buffer.from('{"id":1,"command":"getLabState","payload":{}}'), NOT_TEXT],
  ] as const)('answers %s with a protocol error and keeps the page', async (_what, frame, expected) => {
    const before = await labSockets();
    const batchesBefore = page.labBatches().length;
    expect(await page.sendFrame(frame)).toBe(expected);
    await expectUndisturbed(before, batchesBefore);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses a payload nested 100,000 deep inside a valid envelope with invalid-payload', async () => {
    const before = await labSockets();
    const batchesBefore = page.labBatches().length;
    page.ws.send(`{"id":9999,"command":"startServer","payload":${deepArray}}`);
    const reply = await page.next((message) => message.type === 'response' && message.id === 9999);
    expect(reply).toMatchObject({
      response: { ok: false, error: { kind: 'invalid-payload', issues: [{ path: [] }] } },
    });
    await expectUndisturbed(before, batchesBefore);
  });
});

describe('frames that end the connection', () => {
  it.each([
    [
      'a send of a 50 MB message',
      1009,
      JSON.stringify({
        id: 1,
        command: 'send',
        payload: { socketId: 'client-1', message: { encoding: 'text', text: 'x'.repeat(50 * 1024 * 1024) } },
      }),
    ],
    ['a frame one byte over the limit', 1009, 'x'.repeat(MAX_WIRE_FRAME_BYTES + 1)],
    ['a text frame that is not UTF-8', 1007, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ] as const)(
    'closes only the page that sent %s (code %i); the others and the sockets carry on',
    async (_what, code, frame) => {
      const before = await labSockets();
      const batchesBefore = page.labBatches().length;
      const offender = await WirePage.open(server.url);
      offender.ws.send(frame, { binary: false });
      expect(await offender.closed).toBe(code);
      await expectUndisturbed(before, batchesBefore);
      const fresh = await WirePage.open(server.url);
      expect(await labSockets(fresh)).toEqual(before);
      fresh.close();
    },
  );
});
