import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../contract/command-names';
import { commandSchemas, isCommandName } from '../contract/commands';
import type { CommandError } from '../contract/responses';
import { MAX_HOST_LENGTH } from '../contract/addresses';
import { createBackend } from './create-backend';

const NUM_RUNS = 200;
const ERROR_KINDS: CommandError['kind'][] = [
  'invalid-payload',
  'unknown-command',
  'unknown-socket',
  'invalid-state',
  'socket-error',
];

const backend = createBackend();
afterAll(() => backend.close());

const commandName = fc.oneof(fc.constantFrom(...COMMAND_NAMES), fc.string(), fc.anything());
/** Objects shaped like the real payloads but with wrong values, more likely to reach deep checks. */
const nearPayload = fc.record(
  {
    protocol: fc.oneof(fc.constantFrom('tcp', 'udp'), fc.jsonValue()),
    host: fc.oneof(fc.string(), fc.jsonValue()),
    port: fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
    recvBufferSize: fc.oneof(fc.integer(), fc.jsonValue()),
    socketId: fc.oneof(fc.constantFrom('server-999999', 'client-999999', 'conn-999999'), fc.string()),
    message: fc.jsonValue(),
    mode: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe('backend.handle with arbitrary input', () => {
  it('never throws, and answers ok or a typed error, for any JSON value as any command', async () => {
    await fc.assert(
      fc.asyncProperty(commandName, fc.oneof(fc.jsonValue(), nearPayload), async (command, payload) => {
        const response = await backend.handle(command, payload);
        const schema = isCommandName(command) ? commandSchemas[command] : undefined;
        if (!schema) expect(response).toMatchObject({ ok: false, error: { kind: 'unknown-command' } });
        else if (!schema.safeParse(payload).success) {
          expect(response).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } });
        } else if (!response.ok) expect(ERROR_KINDS).toContain(response.error.kind);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws for any JS value, including ones JSON cannot carry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COMMAND_NAMES),
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        async (command, payload) => {
          const response = await backend.handle(command, payload);
          expect(typeof response.ok).toBe('boolean');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

const validPort = fc.integer({ min: 1, max: 65535 });
const validHost = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.domain().filter((name) => name.length <= MAX_HOST_LENGTH),
  fc.constant('localhost'),
);
const recvBufferSize = fc.integer({ min: 1, max: 65536 });
const protocol = fc.constantFrom('tcp', 'udp');

describe('valid generated addresses', () => {
  it('are accepted by the startServer and connectClient schemas', () => {
    fc.assert(
      fc.property(protocol, validHost, validPort, recvBufferSize, (proto, host, port, size) => {
        const payload = { protocol: proto, host, port, recvBufferSize: size };
        expect(commandSchemas.connectClient.safeParse(payload).error).toBeUndefined();
        expect(commandSchemas.startServer.safeParse(payload).error).toBeUndefined();
        expect(commandSchemas.startServer.safeParse({ ...payload, port: 0 }).error).toBeUndefined();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('start a real loopback server and connect to it through backend.handle', async () => {
    await fc.assert(
      fc.asyncProperty(
        protocol,
        fc.constantFrom('127.0.0.1', '::1'),
        recvBufferSize,
        async (proto, host, size) => {
          const server = await backend.handle('startServer', {
            protocol: proto,
            host,
            port: 0,
            recvBufferSize: size,
          });
          if (!server.ok) throw new Error(server.error.message);
          const { serverId, local } = server.result as { serverId: string; local: { port: number } };
          const client = await backend.handle('connectClient', {
            protocol: proto,
            host,
            port: local.port,
            recvBufferSize: size,
          });
          expect(client.ok).toBe(true);
          if (client.ok)
            await backend.handle('closeSocket', {
              socketId: (client.result as { clientId: string }).clientId,
            });
          expect(await backend.handle('stopServer', { serverId })).toMatchObject({ ok: true });
        },
      ),
      { numRuns: 20 },
    );
  });
});
