import { describe, expect, it } from 'vitest';
import { translatorFor } from '../locales/translator';
import { parseServeOptions, ServeOptionsError } from './serve-options';

const spanish = translatorFor('es');

function problemWith(argv: string[]): ServeOptionsError {
  try {
    parseServeOptions(argv);
  } catch (error) {
    if (error instanceof ServeOptionsError) return error;
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

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

  it('reads every option, in either --name value or --name=value form', () => {
    expect(parseServeOptions(['--port', '8080', '--json', '--host', 'localhost'])).toMatchObject({
      port: 8080,
      host: 'localhost',
      json: true,
    });
    expect(parseServeOptions(['--port=65535'])).toMatchObject({ port: 65535 });
    expect(parseServeOptions(['-h'])).toMatchObject({ help: true });
    expect(parseServeOptions(['--help'])).toMatchObject({ help: true });
    expect(parseServeOptions(['--host', '192.168.1.20', '--allow-remote'])).toMatchObject({
      host: '192.168.1.20',
      allowRemote: true,
    });
  });

  it.each([
    [['--port', '70000'], '--port 70000: Ports go from 0 to 65535; 70000 is outside that range.'],
    [['--port', 'http'], '--port http: A port is a whole number, not text.'],
    [['--port=-1'], '--port -1: Ports go from 0 to 65535; -1 is outside that range.'],
    [['--port', '1.5'], '--port 1.5: A port is a whole number, not text.'],
    [['--port'], '--port needs a value'],
    [['--json=yes'], '--json takes no value.'],
    [
      ['--host', '999.1.1.1'],
      '--host: "999.1.1.1" is not a valid IPv4 address: 999 is not between 0 and 255.',
    ],
    [['--verbose'], "Unknown option '--verbose'"],
    [['-p', '80'], "Unknown option '-p'"],
    [['extra'], "Unexpected argument 'extra'"],
    [['--', 'extra'], "Unexpected argument 'extra'"],
  ])('refuses %j with a message that says what is wrong', (argv, message) => {
    expect(() => parseServeOptions(argv)).toThrow(message);
  });

  it('says what is wrong in Spanish too', () => {
    expect(problemWith(['--port', '70000']).textIn(spanish)).toBe(
      '--port 70000: un puerto es un número entero de 0 a 65535 (0 deja que el sistema elija uno libre).',
    );
    expect(problemWith(['--verbose']).textIn(spanish)).toBe("Opción desconocida '--verbose'.");
    expect(problemWith(['--host', 'a b']).textIn(spanish)).toContain(
      'no es una dirección IP ni un nombre de host válido',
    );
  });

  it('serves beyond this machine only with --allow-remote, and warns why', () => {
    const refusal = problemWith(['--host', '192.168.1.20']);
    expect(refusal.message).toContain('anyone on the network');
    expect(refusal.message).toContain('--allow-remote');
    expect(refusal.textIn(spanish)).toContain('cualquiera en la red');
    expect(refusal.textIn(spanish)).toContain('--allow-remote');
  });

  it.each(['0.0.0.0', '::'])('refuses the wildcard %s, which no browser could name in its Host', (host) => {
    expect(problemWith(['--host', host]).message).toContain('--allow-remote');
    expect(problemWith(['--host', host, '--allow-remote']).message).toContain('not a wildcard');
  });
});
