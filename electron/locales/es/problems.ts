import type { Texts } from '../texts';
import type { problems as english } from '../en/problems';

export const problems: Texts<typeof english> = {
  hostEmpty: 'Escriba un host: una dirección IP como 127.0.0.1 o un nombre como localhost.',
  hostTooLong: 'Un host tiene como mucho {{max}} caracteres; este tiene {{length}}.',
  hostBadIPv6: '"{{host}}" no es una dirección IPv6 válida.',
  hostBadOctet: '"{{host}}" no es una dirección IPv4 válida: {{octet}} no está entre 0 y 255.',
  hostBadIPv4Shape:
    '"{{host}}" no es una dirección IPv4 válida: necesita cuatro números de 0 a 255 separados por puntos.',
  hostBadName: '"{{host}}" no es un nombre de host válido: use solo letras, dígitos, guiones y puntos.',
  portMissing: 'Escriba un puerto.',
  portNotNumber: 'Un puerto es un número entero, no texto.',
  portNotInteger: 'Un puerto es un número entero; {{value}} no lo es.',
  portOutOfRange: 'Los puertos van de {{min}} a 65535; {{value}} está fuera de ese rango.',
  portZeroForConnect:
    'Conéctese a un puerto de 1 a 65535: 0 solo significa "cualquier puerto libre" cuando un servidor hace bind.',
  bufferOutOfRange:
    'El búfer de recepción admite de {{min}} a {{max}} bytes; {{value}} está fuera de ese rango.',
  messageTooLarge: 'El mensaje tiene {{size}} bytes; un envío puede llevar como mucho {{max}} bytes.',
  messageBadText:
    'El texto tiene un carácter roto (un sustituto UTF-16 sin pareja), así que no tiene bytes exactos.',
  messageBadHex:
    'El hexadecimal son pares de los dígitos 0-9 y a-f, separados opcionalmente por espacios; "{{sample}}" no lo es.',
  idUnknownShape: '"{{id}}" no es un identificador de socket de esta aplicación.',
  socketUnknown: 'No hay ningún socket abierto {{socket}}: se cerró, o nunca existió.',
  socketNotOpen: 'No se puede llamar a {{call}} en {{socket}}: no está abierto.',
  sendingShutDown:
    'No se puede llamar a {{call}} en {{socket}}: su lado de envío ya está cerrado (cierre a medias).',
  socketClosed: '{{socket}} está cerrado.',
  listenerCarriesNoData: '{{socket}} es un socket de escucha: acepta conexiones pero no lleva datos.',
  udpNoShutdown: '{{socket}} es un socket UDP: sin conexión, no hay ningún lado que cerrar.',
  udpNoReset: '{{socket}} es un socket UDP: no hay ninguna conexión que cortar con un RST.',
  udpNoPeer: '{{socket}} no tiene a quién enviar.',
  peerNotReading:
    '{{socket}} ya tiene {{bytes}} bytes esperando para salir: el otro extremo no los está leyendo. Espere, o cierre este cliente.',
  labSocketsFull:
    'El laboratorio ya tiene {{max}} sockets abiertos, el máximo que mantiene por debajo del límite de archivos abiertos de este sistema (la aplicación también necesita algunos). Cierre o detenga alguno y vuelva a intentarlo.',
  stepModeFull:
    'El modo paso a paso ya retiene {{bytes}} bytes; suelte algunos (Siguiente o Reproducir) antes de enviar más.',
};
