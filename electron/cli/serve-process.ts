import { inspect } from 'node:util';
import type { TFunction } from 'i18next';
import { runServe, type ServeOutput } from './run-serve';

/** What serving needs of the Node process: the real `process` in serve.js and launch.js. */
export interface ServeProcess {
  exitCode?: number | string | null;
  once(signal: NodeJS.Signals, listener: () => void): unknown;
  exit(code: number): void;
}

/**
 * Browser mode as a program, for `npm run serve` and for `npm start` where Electron cannot run:
 * serves until SIGINT or SIGTERM, then closes every socket and exits.
 */
export async function serveUntilSignalled(
  argv: readonly string[],
  t: TFunction,
  host: ServeProcess = process,
  output: ServeOutput = console,
): Promise<void> {
  try {
    const outcome = await runServe(argv, output, t);
    if (outcome.kind === 'exit') {
      host.exitCode = outcome.code;
      return;
    }
    // once: a second Ctrl+C while the sockets close ends the process at once, as users expect.
    const stop = () => void outcome.stop().then(() => host.exit(0));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) host.once(signal, stop);
  } catch (error) {
    output.error(`${t('cli.failed')} ${inspect(error)}`);
    host.exit(1);
  }
}
