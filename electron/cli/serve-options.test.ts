import { describe, expect, it } from 'vitest';
import { parseServeOptions } from './serve-options';

describe('parseServeOptions', () => {
  it('defaults to loopback and a port the OS picks', () => {
    expect(parseServeOptions([])).toEqual({
      port: 0,
      host: '127.0.0.1',
      allowRemote: false,
      json: false,
      help: false,
    });
  });

  it('reads every option', () => {
    expect(parseServeOptions(['--port', '8080', '--json', '--host', 'localhost'])).toMatchObject({
      port: 8080,
      host: 'localhost',
      json: true,
    });
    expect(parseServeOptions(['--host', '0.0.0.0', '--allow-remote'])).toMatchObject({ allowRemote: true });
  });

  it.each([
    [['--port', '70000'], '--port 70000: Ports go from 0 to 65535; 70000 is outside that range.'],
    [['--port', 'http'], '--port http: A port is a whole number, not text.'],
    [['--port=-1'], '--port -1: Ports go from 0 to 65535; -1 is outside that range.'],
    [
      ['--host', '999.1.1.1'],
      '--host: "999.1.1.1" is not a valid IPv4 address: 999 is not between 0 and 255.',
    ],
    [['--verbose'], "Unknown option '--verbose'"],
    [['extra'], "Unexpected argument 'extra'"],
  ])('refuses %j with a message that says what is wrong', (argv, message) => {
    expect(() => parseServeOptions(argv)).toThrow(message);
  });
});
