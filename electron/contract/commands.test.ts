import { describe, expect, it } from 'vitest';
import { hostProblem } from './addresses';
import { commandSchemas, MAX_RECV_BUFFER, MIN_RECV_BUFFER } from './commands';
import { MAX_MESSAGE_BYTES, messageToBytes } from './message';
import { invalidPayload } from './responses';

const server = { protocol: 'tcp', host: '127.0.0.1', port: 5346, recvBufferSize: 1024 };

function firstIssue(command: keyof typeof commandSchemas, payload: unknown) {
  const parsed = commandSchemas[command].safeParse(payload);
  if (parsed.success) throw new Error('expected the payload to be refused');
  return invalidPayload(parsed.error);
}

describe('hosts', () => {
  it.each([
    '127.0.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    '::ffff:127.0.0.1',
    'localhost',
    'my-host.example',
  ])('accepts %s', (host) => expect(hostProblem(host)).toBeUndefined());

  it.each([
    ['999.1.1.1', 'hostBadOctet'],
    ['1.2.3', 'hostBadIPv4Shape'],
    ['', 'hostEmpty'],
    ['a'.repeat(300), 'hostTooLong'],
    ['host;rm -rf', 'hostBadName'],
    ['bad\u0000host', 'hostBadName'],
    ['::1::2', 'hostBadIPv6'],
    ['[::1]', 'hostBadIPv6'],
  ])('refuses %j with %s', (host, key) => expect(hostProblem(host)?.key).toBe(key));
});

describe('startServer payload', () => {
  it('accepts the lesson server', () => {
    expect(commandSchemas.startServer.parse(server)).toEqual(server);
  });

  it.each([MIN_RECV_BUFFER, MAX_RECV_BUFFER])(
    'accepts a receive buffer of %i bytes, the edge of the range',
    (size) => {
      expect(commandSchemas.startServer.safeParse({ ...server, recvBufferSize: size }).success).toBe(true);
    },
  );

  it.each([
    [{ ...server, port: 70000 }, ['port'], 'portOutOfRange'],
    [{ ...server, port: -1 }, ['port'], 'portOutOfRange'],
    [{ ...server, port: '80' }, ['port'], 'portNotNumber'],
    [{ ...server, port: Number.NaN }, ['port'], 'portNotNumber'],
    [{ ...server, port: 80.5 }, ['port'], 'portNotInteger'],
    [{ ...server, host: '999.1.1.1' }, ['host'], 'hostBadOctet'],
    [{ ...server, recvBufferSize: 0 }, ['recvBufferSize'], 'bufferOutOfRange'],
    [{ ...server, recvBufferSize: MAX_RECV_BUFFER + 1 }, ['recvBufferSize'], 'bufferOutOfRange'],
    [{ ...server, recvBufferSize: 1.5 }, ['recvBufferSize'], 'bufferOutOfRange'],
  ])('refuses %j at the field, with a translatable problem', (payload, path, key) => {
    const error = firstIssue('startServer', payload);
    expect(error.kind).toBe('invalid-payload');
    if (error.kind !== 'invalid-payload') return;
    expect(error.issues[0]?.path).toEqual(path);
    expect(error.issues[0]?.problem?.key).toBe(key);
    expect(error.message).toContain(path[0]);
  });

  it('refuses extra keys, including __proto__ from JSON', () => {
    const error = firstIssue(
      'startServer',
      JSON.parse('{"protocol":"tcp","host":"127.0.0.1","port":1,"recvBufferSize":1,"__proto__":{"x":1}}'),
    );
    expect(error.message).toMatch(/__proto__/);
  });

  it('refuses port 0 for a client but allows it for a server', () => {
    expect(commandSchemas.startServer.safeParse({ ...server, port: 0 }).success).toBe(true);
    expect(firstIssue('connectClient', { ...server, port: 0 }).message).toMatch(/1 to 65535/);
  });
});

describe('messages', () => {
  it('turns text into its UTF-8 bytes and hex into exactly its bytes', () => {
    expect([...messageToBytes({ encoding: 'text', text: 'añ' })]).toEqual([0x61, 0xc3, 0xb1]);
    expect([...messageToBytes({ encoding: 'hex', hex: '00 ff\nC3 28' })]).toEqual([0x00, 0xff, 0xc3, 0x28]);
  });

  it('refuses a message over the limit with its size, before encoding 50 MB', () => {
    const error = firstIssue('send', {
      socketId: 'client-1',
      message: { encoding: 'text', text: 'x'.repeat(50 * 1024 * 1024) },
    });
    expect(error.message).toContain(String(50 * 1024 * 1024));
    expect(error.message).toContain(String(MAX_MESSAGE_BYTES));
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const send = (text: string) =>
      commandSchemas.send.safeParse({ socketId: 'client-1', message: { encoding: 'text', text } });
    // "ñ" is one UTF-16 unit but two UTF-8 bytes: 600,000 of them are 1,200,000 bytes.
    expect(send('ñ'.repeat(600_000)).success).toBe(false);
    const error = firstIssue('send', {
      socketId: 'client-1',
      message: { encoding: 'text', text: 'ñ'.repeat(600_000) },
    });
    expect(error.message).toContain('1200000');
    expect(send('ñ'.repeat(MAX_MESSAGE_BYTES / 2)).success).toBe(true);
    expect(send('ñ'.repeat(MAX_MESSAGE_BYTES / 2) + 'x').success).toBe(false);
  });

  it('refuses broken hex and broken text', () => {
    expect(
      firstIssue('send', { socketId: 'client-1', message: { encoding: 'hex', hex: 'abc' } }).message,
    ).toMatch(/Hex/);
    expect(
      firstIssue('send', { socketId: 'client-1', message: { encoding: 'hex', hex: 'zz' } }).message,
    ).toMatch(/Hex/);
    expect(
      firstIssue('send', { socketId: 'client-1', message: { encoding: 'text', text: '\ud800' } }).message,
    ).toMatch(/surrogate/);
  });

  it('refuses a socket id the app never makes', () => {
    expect(
      firstIssue('send', { socketId: '../etc', message: { encoding: 'text', text: 'x' } }).issues[0]?.path,
    ).toEqual(['socketId']);
  });
});
