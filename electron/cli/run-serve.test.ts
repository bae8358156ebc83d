import { once } from 'node:events';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { inEnglish } from '../locales/english';
import { translatorFor } from '../locales/translator';
import { runServe, type ServeOutcome } from './run-serve';

const inSpanish = translatorFor('es');

/** What runServe printed: stdout and stderr, each as the messages it wrote. */
function recorder() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    output: { log: (line: string) => out.push(line), error: (line: string) => err.push(line) },
  };
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

async function serving(outcome: ServeOutcome) {
  if (outcome.kind !== 'serving') throw new Error(`runServe exited with ${outcome.code}`);
  stops.push(outcome.stop);
  return outcome;
}

/** Runs getLabState over the page's WebSocket, as the renderer would. */
async function labStateOk(pageUrl: string): Promise<boolean> {
  const url = new URL(pageUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const ws = new WebSocket(`ws://${url.host}/api?token=${token}`, { headers: { Origin: url.origin } });
  await once(ws, 'open');
  ws.send(JSON.stringify({ id: 1, command: 'getLabState', payload: {} }));
  // The streams may speak first (the kernel view says what this OS offers): wait for the reply.
  const reply = await new Promise<{ type: string; response: { ok: boolean } }>((resolve) =>
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(String(data)) as { type: string; response: { ok: boolean } };
      if (message.type === 'response') resolve(message);
    }),
  );
  ws.close();
  return reply.response.ok;
}

function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('runServe', () => {
  it('prints the address as one JSON line first with --json, and serves it until stopped', async () => {
    const { out, err, output } = recorder();
    const outcome = await serving(await runServe(['--port', '0', '--json'], output, inEnglish));

    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0] ?? '')).toEqual({ url: outcome.url });
    expect(outcome.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{43}$/);
    expect(err).toEqual([]);
    expect(await labStateOk(outcome.url)).toBe(true);

    await outcome.stop();
    await outcome.stop();
    await expect(statusOf(outcome.url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('tells people where to go and how to stop, in English', async () => {
    const { out, output } = recorder();
    const outcome = await serving(await runServe(['--host', 'localhost'], output, inEnglish));
    expect(outcome.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(out).toEqual([
      `SocketScope browser mode: open ${outcome.url}`,
      'Ctrl+C stops it and closes every socket it opened.',
    ]);
  });

  it('tells people where to go and how to stop, in Spanish', async () => {
    const { out, output } = recorder();
    const outcome = await serving(await runServe([], output, inSpanish));
    expect(out).toEqual([
      `Modo navegador de SocketScope: abra ${outcome.url}`,
      'Ctrl+C lo detiene y cierra todos sus sockets.',
    ]);
  });

  it('shows the help in the chosen language and exits 0', async () => {
    const english = recorder();
    expect(await runServe(['--help'], english.output, inEnglish)).toEqual({ kind: 'exit', code: 0 });
    expect(english.out.join('\n')).toContain('--port N');
    expect(english.out.join('\n')).toContain('Usage: npm run serve');
    expect(english.out.join('\n')).not.toContain('Uso:');
    const spanish = recorder();
    expect(await runServe(['-h'], spanish.output, inSpanish)).toEqual({ kind: 'exit', code: 0 });
    expect(spanish.out.join('\n')).toContain('--port N');
    expect(spanish.out.join('\n')).toContain('Uso: npm run serve');
    expect(spanish.out.join('\n')).not.toContain('Usage:');
  });

  it.each([[['--port', '70000']], [['--verbose']], [['--host', '192.168.1.20']]])(
    'refuses %j on stderr in the chosen language with exit code 2, printing nothing on stdout',
    async (argv) => {
      for (const [t, seeHelp] of [
        [inEnglish, 'Run with --help'],
        [inSpanish, 'Ejecute con --help'],
      ] as const) {
        const { out, err, output } = recorder();
        expect(await runServe(argv, output, t)).toEqual({ kind: 'exit', code: 2 });
        expect(out).toEqual([]);
        expect(err.join('\n')).toContain(seeHelp);
      }
    },
  );

  it('explains a port already in use and exits 1', async () => {
    const occupant = createServer();
    occupant.listen(0, '127.0.0.1');
    await once(occupant, 'listening');
    const { port } = occupant.address() as AddressInfo;
    try {
      const english = recorder();
      expect(await runServe(['--port', String(port)], english.output, inEnglish)).toEqual({
        kind: 'exit',
        code: 1,
      });
      expect(english.err.join('\n')).toContain(`port ${port} is already in use`);
      const spanish = recorder();
      expect(await runServe(['--port', String(port)], spanish.output, inSpanish)).toEqual({
        kind: 'exit',
        code: 1,
      });
      expect(spanish.err.join('\n')).toContain(`el puerto ${port} ya está en uso`);
    } finally {
      occupant.close();
    }
  });
});
