import { expect } from 'vitest';
import type { ProblemKey } from '../contract/problems';
import type { CommandError } from '../contract/responses';

/** The typed error a bad input must get: which kind, and for payloads where and why. */
export type ExpectedRejection =
  | { kind: 'invalid-payload'; path: (string | number)[]; problem?: ProblemKey; message?: RegExp }
  | { kind: 'unknown-command'; command: string };

export interface BadInput {
  name: string;
  command: unknown;
  payload: unknown;
  expected: ExpectedRejection;
}

/** What the bad inputs aim at: a live echo server and a client of it, so that skipped validation would show. */
export interface Targets {
  serverPort: number;
  clientId: string;
}

/** `direct` calls backend.handle with any JS value; `wire` sends JSON, where NaN becomes null. */
export type Transport = 'direct' | 'wire';

const FIFTY_MB = 50 * 1024 * 1024;

const invalid = (path: (string | number)[], problem?: ProblemKey, message?: RegExp): ExpectedRejection => ({
  kind: 'invalid-payload',
  path,
  ...(problem ? { problem } : {}),
  ...(message ? { message } : {}),
});

function portCases(targets: Targets, transport: Transport): BadInput[] {
  const server = { protocol: 'tcp', host: '127.0.0.1', port: 0, recvBufferSize: 1024 };
  const client = { ...server, port: targets.serverPort };
  const nan = transport === 'direct' ? invalid(['port'], 'portNotNumber') : invalid(['port'], 'portMissing');
  return [
    {
      name: 'startServer port -1',
      command: 'startServer',
      payload: { ...server, port: -1 },
      expected: invalid(['port'], 'portOutOfRange'),
    },
    {
      name: 'startServer port 65536',
      command: 'startServer',
      payload: { ...server, port: 65536 },
      expected: invalid(['port'], 'portOutOfRange'),
    },
    {
      name: 'startServer port "80"',
      command: 'startServer',
      payload: { ...server, port: '80' },
      expected: invalid(['port'], 'portNotNumber'),
    },
    {
      name: 'startServer port NaN',
      command: 'startServer',
      payload: { ...server, port: NaN },
      expected: nan,
    },
    {
      name: 'startServer port 80.5',
      command: 'startServer',
      payload: { ...server, port: 80.5 },
      expected: invalid(['port'], 'portNotInteger'),
    },
    {
      name: 'connectClient port 0',
      command: 'connectClient',
      payload: { ...client, port: 0 },
      expected: invalid(['port'], 'portZeroForConnect'),
    },
    {
      name: 'connectClient port -1',
      command: 'connectClient',
      payload: { ...client, port: -1 },
      expected: invalid(['port'], 'portOutOfRange'),
    },
    {
      name: 'connectClient port 65536',
      command: 'connectClient',
      payload: { ...client, port: 65536 },
      expected: invalid(['port'], 'portOutOfRange'),
    },
    {
      name: 'connectClient port "80"',
      command: 'connectClient',
      payload: { ...client, port: String(targets.serverPort) },
      expected: invalid(['port'], 'portNotNumber'),
    },
    {
      name: 'connectClient port NaN',
      command: 'connectClient',
      payload: { ...client, port: NaN },
      expected: nan,
    },
    {
      name: 'connectClient without a port',
      command: 'connectClient',
      payload: { ...client, port: undefined },
      expected: invalid(['port'], 'portMissing'),
    },
  ];
}

function hostCases(targets: Targets): BadInput[] {
  const client = { protocol: 'tcp', host: '127.0.0.1', port: targets.serverPort, recvBufferSize: 1024 };
  const hosts: [string, string, ProblemKey][] = [
    ['999.1.1.1', '999.1.1.1', 'hostBadOctet'],
    ['empty', '', 'hostEmpty'],
    ['10 KB long', '1'.repeat(10 * 1024), 'hostTooLong'],
    ['with ;', '127.0.0.1;rm -rf /', 'hostBadName'],
    ['with a shell substitution', 'localhost$(id)', 'hostBadName'],
    ['with NUL', '127.0.0.1\u0000', 'hostBadName'],
    ['with CR LF', 'localhost\r\nevil.example', 'hostBadName'],
    ['with an escape sequence', '\u001b[31mlocalhost', 'hostBadName'],
    ['IPv6 with a newline', '::1\n', 'hostBadIPv6'],
  ];
  return hosts.flatMap(([name, host, problem]) =>
    (['startServer', 'connectClient'] as const).map((command) => ({
      name: `${command} host ${name}`,
      command,
      payload: { ...client, port: command === 'startServer' ? 0 : client.port, host },
      expected: invalid(['host'], problem),
    })),
  );
}

function shapeCases(targets: Targets, transport: Transport): BadInput[] {
  const server = { protocol: 'tcp', host: '127.0.0.1', port: 0, recvBufferSize: 1024 };
  const text = (value: string) => ({ encoding: 'text', text: value });
  // Over the wire a 50 MB frame is refused before it is a command: see the browser-mode frame tests.
  const oversized: BadInput[] =
    transport === 'direct'
      ? [
          {
            name: 'a 50 MB text message',
            command: 'send',
            payload: { socketId: targets.clientId, message: text('x'.repeat(FIFTY_MB)) },
            expected: invalid(['message', 'text'], 'messageTooLarge'),
          },
        ]
      : [];
  return [
    ...oversized,
    {
      name: 'a hex message with a non-hex pair',
      command: 'send',
      payload: { socketId: targets.clientId, message: { encoding: 'hex', hex: '41 zz' } },
      expected: invalid(['message', 'hex'], 'messageBadHex'),
    },
    {
      name: 'a burst of 11',
      command: 'send',
      payload: { socketId: targets.clientId, message: text('x'), repeat: 11 },
      expected: invalid(['repeat'], undefined, /<=10/),
    },
    {
      name: 'recvBufferSize 0',
      command: 'startServer',
      payload: { ...server, recvBufferSize: 0 },
      expected: invalid(['recvBufferSize'], 'bufferOutOfRange'),
    },
    {
      name: 'protocol sctp',
      command: 'startServer',
      payload: { ...server, protocol: 'sctp' },
      expected: invalid(['protocol']),
    },
    {
      name: 'an extra key',
      command: 'startServer',
      payload: { ...server, extra: true },
      expected: invalid([], undefined, /Unrecognized key: "extra"/),
    },
    {
      name: 'a __proto__ key',
      command: 'startServer',
      payload: JSON.parse(`{"__proto__":{"port":1},${JSON.stringify(server).slice(1)}`),
      expected: invalid([], undefined, /"__proto__"/),
    },
    {
      name: 'a constructor key',
      command: 'getLabState',
      payload: { constructor: { prototype: { polluted: true } } },
      expected: invalid([], undefined, /"constructor"/),
    },
    {
      name: 'a __proto__ key inside the message',
      command: 'send',
      payload: {
        socketId: targets.clientId,
        message: JSON.parse('{"encoding":"text","text":"x","__proto__":{"encoding":"hex"}}'),
      },
      expected: invalid(['message'], undefined, /"__proto__"/),
    },
    {
      name: "an id that is not this app's",
      command: 'closeSocket',
      payload: { socketId: '../../etc/passwd' },
      expected: invalid(['socketId']),
    },
    {
      name: 'a null payload',
      command: 'getLabState',
      payload: null,
      expected: invalid([], undefined, /expected object/),
    },
    {
      name: 'an array payload',
      command: 'startServer',
      payload: [server],
      expected: invalid([], undefined, /expected object/),
    },
    {
      name: 'a string payload',
      command: 'stopServer',
      payload: 'server-1',
      expected: invalid([], undefined, /expected object/),
    },
  ];
}

function unknownCommandCases(transport: Transport): BadInput[] {
  const names = ['formatDisk', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'startserver', ''];
  const cases: BadInput[] = names.map((name) => ({
    name: `unknown command "${name}"`,
    command: name,
    payload: {},
    expected: { kind: 'unknown-command', command: name },
  }));
  // The wire refuses these at the envelope (see the frame cases); the back end must refuse them itself.
  if (transport === 'direct') {
    cases.push(
      {
        name: 'a 10 KB command name',
        command: 'x'.repeat(10 * 1024),
        payload: {},
        expected: { kind: 'unknown-command', command: 'x'.repeat(64) },
      },
      {
        name: 'a number as command',
        command: 42,
        payload: {},
        expected: { kind: 'unknown-command', command: 'number' },
      },
      {
        name: 'null as command',
        command: null,
        payload: {},
        expected: { kind: 'unknown-command', command: 'object' },
      },
    );
  }
  return cases;
}

/** A value nested `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { inner: value };
  return value;
}

function deepCases(): BadInput[] {
  const server = { protocol: 'tcp', host: '127.0.0.1', port: 0, recvBufferSize: 1024 };
  const deep = deeplyNested(100_000);
  return [
    {
      name: 'a host nested 100,000 levels deep',
      command: 'startServer',
      payload: { ...server, host: deep },
      expected: invalid(['host'], undefined, /expected string/),
    },
    {
      name: 'an extra key nested 100,000 levels deep',
      command: 'getLabState',
      payload: { deep },
      expected: invalid([], undefined, /"deep"/),
    },
  ];
}

/** Every bad input the command boundary must refuse, as the transport can carry it. */
export function badInputs(targets: Targets, transport: Transport): BadInput[] {
  return [
    ...portCases(targets, transport),
    ...hostCases(targets),
    ...shapeCases(targets, transport),
    ...unknownCommandCases(transport),
    // JSON.stringify itself overflows the stack on these; the wire gets them as hand-built frames.
    ...(transport === 'direct' ? deepCases() : []),
  ];
}

export function expectRejection(
  response: { ok: true; result: unknown } | { ok: false; error: CommandError },
  expected: ExpectedRejection,
): void {
  expect(response.ok).toBe(false);
  if (response.ok) return;
  const { error } = response;
  expect(error.kind).toBe(expected.kind);
  if (expected.kind === 'unknown-command') {
    expect(error).toMatchObject({ command: expected.command });
    return;
  }
  if (error.kind !== 'invalid-payload') return;
  expect(error.issues).toContainEqual(
    expect.objectContaining({
      path: expected.path,
      ...(expected.problem ? { problem: expect.objectContaining({ key: expected.problem }) } : {}),
      ...(expected.message ? { message: expect.stringMatching(expected.message) } : {}),
    }),
  );
}
