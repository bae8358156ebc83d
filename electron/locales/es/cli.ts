import type { Texts } from '../texts';
import type { cli as english } from '../en/cli';

export const cli: Texts<typeof english> = {
  usage: `Uso: npm run serve -- [opciones]   (o: node out/main/serve.js [opciones])

Sirve SocketScope a un navegador de esta máquina, con el mismo back end que la app de escritorio.

  --port N         puerto en el que escuchar (por defecto 0: el sistema elige uno libre)
  --host H         dirección en la que escuchar (por defecto 127.0.0.1; localhost también es 127.0.0.1)
  --allow-remote   necesario para cualquier otro --host: quien alcance esa dirección y tenga la
                   URL podría abrir sockets en esta máquina a través de SocketScope
  --json           imprime {"url": ...} como una línea JSON en lugar del mensaje
  -h, --help       muestra esta ayuda`,
  seeHelp: 'Ejecute con --help para ver las opciones.',
  open: 'Modo navegador de SocketScope: abra {{url}}',
  stopHint: 'Ctrl+C lo detiene y cierra todos sus sockets.',
  remoteWarning:
    'Aviso: se sirve en {{host}}. Cualquiera en la red que lo alcance y tenga la URL puede abrir sockets en esta máquina a través de SocketScope.',
  couldNotStart: 'SocketScope no pudo iniciar el modo navegador: {{reason}}',
  failed: 'SocketScope no pudo iniciar el modo navegador:',
  portInUse:
    'el puerto {{port}} ya está en uso. Elija otro con --port, o --port 0 para cualquier puerto libre.',
  arguments: {
    unknownOption: "Opción desconocida '{{option}}'.",
    unexpectedArgument: "Argumento inesperado '{{value}}': serve solo admite opciones.",
    missingValue: '{{option}} necesita un valor, como en {{option}} VALOR.',
    unwantedValue: '{{option}} no admite ningún valor.',
    // One sentence for any bad port or host, as before: Spanish does not repeat {{detail}}.
    badPort:
      '--port {{value}}: un puerto es un número entero de 0 a 65535 (0 deja que el sistema elija uno libre).',
    badHost: '--host: "{{value}}" no es una dirección IP ni un nombre de host válido.',
    remoteNeedsConsent:
      '--host {{host}} permitiría que cualquiera en la red que lo alcance y tenga la URL abra sockets en esta máquina. Añada --allow-remote si es lo que quiere.',
    wildcardHost:
      '--host {{host}}: indique la dirección con la que los navegadores llegarán a esta máquina (como su dirección de red local), no un comodín; el modo navegador solo acepta peticiones dirigidas a él por su nombre.',
  },
  dist: {
    noElectron:
      'No se pueden crear los instaladores: el binario de Electron no está instalado aquí (su descarga falló o se omitió). {{reason}}',
  },
  launch: {
    downloading: 'Descargando el binario de Electron (solo la primera vez)…',
    noElectron:
      'El binario de Electron no está instalado y no se pudo descargar aquí, así que la ventana de escritorio no puede abrirse. Se inicia el modo navegador en su lugar.',
    electronFailed: 'No se pudo iniciar Electron ({{executable}}): {{message}}',
    sandboxAbort: `Electron se detuvo al instante: este Linux no deja arrancar su sandbox (Ubuntu 23.10 y posteriores lo restringen con AppArmor). Cualquiera de estas opciones lo arregla:
  - instalar el paquete .deb de SocketScope, que trae el perfil de AppArmor que necesita;
  - dejar que el asistente de sandbox de esta copia se ejecute como root:
      sudo chown root:root {{sandbox}} && sudo chmod 4755 {{sandbox}}
  - o permitir los espacios de nombres de usuario sin privilegios (menos seguro, para todos los programas):
      sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0
Se inicia el modo navegador en su lugar.`,
    missing: {
      noBuild: 'Electron no publica ninguna versión para la plataforma "{{platform}}".',
      overrideMissing: 'ELECTRON_OVERRIDE_DIST_PATH está definida, pero {{path}} no existe.',
      notInstalled: 'El paquete electron no está instalado en {{path}}.',
      neverDownloaded: 'Falta {{path}}: el binario de Electron nunca se descargó.',
      downloadUnfinished: '{{path}} no existe: la descarga del binario de Electron no terminó.',
    },
  },
};
