import { parseArgs } from 'node:util';
import { hostProblem, portProblem } from '../contract/addresses';
import { problemMessageEn } from '../contract/problems';

export interface ServeOptions {
  port: number;
  host: string;
  allowRemote: boolean;
  json: boolean;
  help: boolean;
}

export const SERVE_USAGE = `Usage: npm run serve -- [options]   (or: node out/main/serve.js [options])

Serves SocketScope to a browser on this machine, with the same back end as the desktop app.

  --port N         port to listen on (default 0: the OS picks a free one)
  --host H         address to listen on (default 127.0.0.1)
  --allow-remote   needed for a --host other than 127.0.0.1 or localhost: anyone who can
                   reach that address and has the URL could open sockets on this machine
  --json           print {"url": ...} as one JSON line instead of the message
  --help           show this help`;

/** Parses serve.js's arguments; throws an Error whose message says what to fix. */
export function parseServeOptions(argv: readonly string[]): ServeOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      'allow-remote': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const port = /^-?\d+$/.test(values.port) ? Number(values.port) : Number.NaN;
  const portIssue = portProblem(port, 0);
  if (portIssue) throw new Error(`--port ${values.port}: ${problemMessageEn(portIssue)}`);
  const hostIssue = hostProblem(values.host);
  if (hostIssue) throw new Error(`--host: ${problemMessageEn(hostIssue)}`);
  return {
    port,
    host: values.host,
    allowRemote: values['allow-remote'],
    json: values.json,
    help: values.help,
  };
}
