/** What can be wrong with something a user typed, or with what a command asked of a socket. */
export const problems = {
  hostEmpty: 'Enter a host: an IP address such as 127.0.0.1 or a name such as localhost.',
  hostTooLong: 'A host is at most {{max}} characters; this one has {{length}}.',
  hostBadIPv6: '"{{host}}" is not a valid IPv6 address.',
  hostBadOctet: '"{{host}}" is not a valid IPv4 address: {{octet}} is not between 0 and 255.',
  hostBadIPv4Shape:
    '"{{host}}" is not a valid IPv4 address: it needs four numbers from 0 to 255 separated by dots.',
  hostBadName: '"{{host}}" is not a valid host name: use letters, digits, hyphens and dots only.',
  portMissing: 'Enter a port.',
  portNotNumber: 'A port is a whole number, not text.',
  portNotInteger: 'A port is a whole number; {{value}} is not.',
  portOutOfRange: 'Ports go from {{min}} to 65535; {{value}} is outside that range.',
  portZeroForConnect: 'Connect to a port from 1 to 65535: 0 only means "any free port" when a server binds.',
  bufferOutOfRange:
    'The receive buffer holds from {{min}} to {{max}} bytes; {{value}} is outside that range.',
  messageTooLarge: 'The message is {{size}} bytes; the most one send can carry is {{max}} bytes.',
  messageBadText: 'The text has a broken character (an unpaired UTF-16 surrogate), so it has no exact bytes.',
  messageBadHex:
    'Hex is pairs of the digits 0-9 and a-f, optionally separated by spaces; "{{sample}}" is not.',
  idUnknownShape: '"{{id}}" is not a socket id of this app.',
  socketUnknown: 'There is no open socket {{socket}}: it was closed, or never existed.',
  socketNotOpen: 'Cannot call {{call}} on {{socket}}: it is not open.',
  sendingShutDown: 'Cannot call {{call}} on {{socket}}: its sending side is already shut down (half-closed).',
  socketClosed: '{{socket}} is closed.',
  listenerCarriesNoData: '{{socket}} is a listening socket: it accepts connections but carries no data.',
  udpNoShutdown: '{{socket}} is a UDP socket: with no connection, there is no side to shut down.',
  udpNoReset: '{{socket}} is a UDP socket: there is no connection to reset.',
  udpNoPeer: '{{socket}} has no peer to send to.',
  peerNotReading:
    '{{socket}} already has {{bytes}} bytes waiting to go: the peer is not reading them. Wait, or close this client.',
  labSocketsFull:
    "The Lab already has {{max}} sockets open, the most it keeps below this system's limit of open files (the app needs some too). Close or stop some, then try again.",
  stepModeFull: 'Step mode already holds {{bytes}} bytes; release some (Next or Play) before sending more.',
};
