import { createBackend } from '../backend/create-backend';
import { NonLoopbackHostError, startBrowserMode } from '../browser-mode/index';
import { parseServeOptions, SERVE_USAGE, type ServeOptions } from './serve-options';

/** `npm run serve`: browser mode on purpose. */

function optionsOrExit(): ServeOptions {
  try {
    return parseServeOptions(process.argv.slice(2));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`${reason}\nOpción no válida; vea --help.\n\n${SERVE_USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const options = optionsOrExit();
  if (options.help) {
    console.log(SERVE_USAGE);
    return;
  }
  const backend = createBackend();
  const server = await startBrowserMode({ backend, ...options }).catch(async (error: unknown) => {
    await backend.close();
    if (error instanceof NonLoopbackHostError) {
      console.error(`${error.message}\nAñada --allow-remote si de verdad quiere servir ${options.host}.`);
      process.exit(2);
    }
    throw error;
  });
  if (options.json) {
    console.log(JSON.stringify({ url: server.url }));
  } else {
    console.log(`SocketScope browser mode: open / modo navegador: abra\n  ${server.url}`);
    console.log(
      'Ctrl+C stops it and closes every socket it opened. / Ctrl+C lo detiene y cierra sus sockets.',
    );
  }
  if (options.allowRemote) {
    console.warn('Warning: serving beyond this machine. / Aviso: se sirve más allá de esta máquina.');
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await backend.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
}

main().catch((error: unknown) => {
  console.error('SocketScope could not start browser mode / no pudo iniciar el modo navegador:', error);
  process.exit(1);
});
