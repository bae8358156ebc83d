import { runServe } from './run-serve';

/** `npm run serve`: browser mode on purpose. */

runServe(process.argv.slice(2), console).then(
  (outcome) => {
    if (outcome.kind === 'exit') {
      process.exitCode = outcome.code;
      return;
    }
    // once: a second Ctrl+C while the sockets close ends the process at once, as users expect.
    const stop = () => void outcome.stop().then(() => process.exit(0));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stop);
  },
  (error: unknown) => {
    console.error('SocketScope could not start browser mode / no pudo iniciar el modo navegador:', error);
    process.exit(1);
  },
);
