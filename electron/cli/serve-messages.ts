/** Everything serve.js says, in English and Spanish. */

export interface Bilingual {
  en: string;
  es: string;
}

export const SERVE_USAGE = `Usage: npm run serve -- [options]   (or: node out/main/serve.js [options])

Serves SocketScope to a browser on this machine, with the same back end as the desktop app.

  --port N         port to listen on (default 0: the OS picks a free one)
  --host H         address to listen on (default 127.0.0.1; localhost also means 127.0.0.1)
  --allow-remote   needed for any other --host: anyone who can reach that address and has
                   the URL could open sockets on this machine through SocketScope
  --json           print {"url": ...} as one JSON line instead of the message
  -h, --help       show this help

Uso: npm run serve -- [opciones]   (o: node out/main/serve.js [opciones])

Sirve SocketScope a un navegador de esta máquina, con el mismo back end que la app de escritorio.

  --port N         puerto en el que escuchar (por defecto 0: el sistema elige uno libre)
  --host H         dirección en la que escuchar (por defecto 127.0.0.1; localhost también es 127.0.0.1)
  --allow-remote   necesario para cualquier otro --host: quien alcance esa dirección y tenga la
                   URL podría abrir sockets en esta máquina a través de SocketScope
  --json           imprime {"url": ...} como una línea JSON en lugar del mensaje
  -h, --help       muestra esta ayuda`;

export const SEE_HELP: Bilingual = {
  en: 'Run with --help to see the options.',
  es: 'Ejecute con --help para ver las opciones.',
};

export function openMessage(url: string): string {
  return `SocketScope browser mode: open / abra ${url}`;
}

export const STOP_HINT =
  'Ctrl+C stops it and closes every socket it opened. / Ctrl+C lo detiene y cierra todos sus sockets.';

export function remoteWarning(host: string): Bilingual {
  return {
    en: `Warning: serving on ${host}. Anyone on the network who can reach it and has the URL can open sockets on this machine through SocketScope.`,
    es: `Aviso: se sirve en ${host}. Cualquiera en la red que lo alcance y tenga la URL puede abrir sockets en esta máquina a través de SocketScope.`,
  };
}

export function couldNotStart(reason: Bilingual): Bilingual {
  return {
    en: `SocketScope could not start browser mode: ${reason.en}`,
    es: `SocketScope no pudo iniciar el modo navegador: ${reason.es}`,
  };
}

export function portInUse(port: number): Bilingual {
  return {
    en: `port ${port} is already in use. Choose another with --port, or --port 0 for any free port.`,
    es: `el puerto ${port} ya está en uso. Elija otro con --port, o --port 0 para cualquier puerto libre.`,
  };
}

export const argumentProblems = {
  unknownOption: (option: string): Bilingual => ({
    en: `Unknown option '${option}'.`,
    es: `Opción desconocida '${option}'.`,
  }),
  unexpectedArgument: (value: string): Bilingual => ({
    en: `Unexpected argument '${value}': serve takes options only.`,
    es: `Argumento inesperado '${value}': serve solo admite opciones.`,
  }),
  missingValue: (option: string): Bilingual => ({
    en: `${option} needs a value, as in ${option} VALUE.`,
    es: `${option} necesita un valor, como en ${option} VALOR.`,
  }),
  unwantedValue: (option: string): Bilingual => ({
    en: `${option} takes no value.`,
    es: `${option} no admite ningún valor.`,
  }),
  badPort: (value: string, detailEn: string): Bilingual => ({
    en: `--port ${value}: ${detailEn}`,
    es: `--port ${value}: un puerto es un número entero de 0 a 65535 (0 deja que el sistema elija uno libre).`,
  }),
  badHost: (value: string, detailEn: string): Bilingual => ({
    en: `--host: ${detailEn}`,
    es: `--host: "${value}" no es una dirección IP ni un nombre de host válido.`,
  }),
  remoteNeedsConsent: (host: string): Bilingual => ({
    en: `--host ${host} would let anyone on the network who can reach it and has the URL open sockets on this machine. Add --allow-remote if that is what you want.`,
    es: `--host ${host} permitiría que cualquiera en la red que lo alcance y tenga la URL abra sockets en esta máquina. Añada --allow-remote si es lo que quiere.`,
  }),
  wildcardHost: (host: string): Bilingual => ({
    en: `--host ${host}: give the one address browsers will use to reach this machine (such as its LAN address), not a wildcard; browser mode accepts only requests addressed to it by name.`,
    es: `--host ${host}: indique la dirección con la que los navegadores llegarán a esta máquina (como su dirección de red local), no un comodín; el modo navegador solo acepta peticiones dirigidas a él por su nombre.`,
  }),
};

/** Both languages, English first, one per line. */
export function bothLanguages(text: Bilingual): string {
  return `${text.en}\n${text.es}`;
}
