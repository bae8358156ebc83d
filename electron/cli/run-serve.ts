import type { TFunction } from 'i18next';
import type { BackendApi } from '../backend/backend-api';
import { createBackend } from '../backend/create-backend';
import { thrownMessage } from '../backend/thrown-message';
import { startBrowserMode, type BrowserModeServer } from '../browser-mode/index';
import { isLoopbackName } from '../browser-mode/listen-host';
import { parseServeOptions, ServeOptionsError, type ServeOptions } from './serve-options';

/** Where serve.js writes: console in the real program, a recorder in tests. */
export interface ServeOutput {
  log(message: string): void;
  error(message: string): void;
}

export type ServeOutcome =
  | { kind: 'exit'; code: number }
  | {
      kind: 'serving';
      url: string;
      /** Stops serving, then closes every socket the back end opened; safe to call twice. */
      stop(): Promise<void>;
    };

/** Exit code for arguments that make no sense, as most command-line tools use. */
const USAGE_ERROR = 2;

/**
 * All of serve.js but the process itself: reads the arguments, starts browser mode, says where,
 * in the language of `t`.
 */
export async function runServe(
  argv: readonly string[],
  output: ServeOutput,
  t: TFunction,
): Promise<ServeOutcome> {
  let options: ServeOptions;
  try {
    options = parseServeOptions(argv);
  } catch (error) {
    if (!(error instanceof ServeOptionsError)) throw error;
    output.error(`${error.textIn(t)}\n${t('cli.seeHelp')}`);
    return { kind: 'exit', code: USAGE_ERROR };
  }
  if (options.help) {
    output.log(t('cli.usage'));
    return { kind: 'exit', code: 0 };
  }

  const backend = createBackend();
  let server: BrowserModeServer;
  try {
    const { port, host, allowRemote } = options;
    server = await startBrowserMode({ backend, port, host, allowRemote });
  } catch (error) {
    await backend.close();
    output.error(t('cli.couldNotStart', { reason: startFailureReason(t, error, options.port) }));
    return { kind: 'exit', code: 1 };
  }

  // The JSON line comes first and alone on stdout: the e2e fixture reads it as the server's address.
  output.log(options.json ? JSON.stringify({ url: server.url }) : t('cli.open', { url: server.url }));
  if (!options.json) output.log(t('cli.stopHint'));
  if (!isLoopbackName(options.host)) output.error(t('cli.remoteWarning', { host: options.host }));
  return { kind: 'serving', url: server.url, stop: stopOnce(server, backend) };
}

function startFailureReason(t: TFunction, error: unknown, port: number): string {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE')
    return t('cli.portInUse', { port });
  return thrownMessage(error);
}

function stopOnce(server: BrowserModeServer, backend: BackendApi): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= server.close().then(() => backend.close());
    return stopping;
  };
}
