import { problemMessagesEn } from '../../../electron/contract/problems';

/** Every English string the renderer shows; es.ts mirrors its shape key for key. */
export const en = {
  app: {
    tagline: 'Real sockets, drawn live',
    language: 'Language',
    views: 'Views',
    lab: 'Lab',
  },
  connection: {
    lost: 'Lost the connection to the SocketScope back end. Reconnecting…',
    noToken:
      'This page needs the address SocketScope printed when it started: it ends in #token=…. Open that address (run npm start or npm run serve again to get a new one).',
  },
  server: {
    heading: 'Echo server on host A',
    address: 'Server address',
    port: 'Server port',
    recvBuffer: 'Receive buffer (bytes)',
    recvBufferHint: 'Like recv(1024): the most bytes one receive call returns.',
    start: 'Start server',
    stop: 'Stop server',
    listeningOn: 'Listening on {{endpoint}}',
    notRunning: 'Not running',
  },
  clients: {
    heading: 'Clients on host B',
    add: 'Add client',
    connectsTo: 'A new client connects to {{endpoint}}.',
    none: 'No clients yet: add one to connect to the server.',
    clearClosed: 'Clear closed sockets',
  },
  client: {
    region: 'Client {{id}}',
    message: 'Message',
    encoding: 'Encoding',
    encodingText: 'Text (UTF-8)',
    encodingHex: 'Hex bytes',
    send: 'Send',
    halfClose: 'Half-close',
    halfCloseHint: 'Stop sending (shutdown for writing) but keep receiving the echo.',
    close: 'Close',
    route: '{{local}} → {{remote}}',
    sentSummary: 'Sent {{bytes}} B in total',
    echoSummary: 'Echo received: {{bytes}} B in total; last recv() slices: {{slices}}',
    endSent: 'end sent',
    endReceived: 'end received',
  },
  diagram: {
    label: 'Socket diagram',
    hostA: 'Host A (server)',
    hostB: 'Host B (clients)',
    empty: 'Start the server to see its listening socket here.',
    outsidePeer: 'A peer outside the Lab',
    connection: 'Connection {{client}} ↔ {{conn}}',
    toServer: '→ {{bytes}} B “{{text}}”',
    toClient: '← {{bytes}} B echoed “{{text}}”',
    slices: 'recv() slices: {{slices}}',
    packet: '{{bytes}} B “{{text}}”',
  },
  socket: {
    listener: 'Listening socket',
    accepted: 'Accepted socket',
    client: 'Client socket',
    unbound: 'no address yet',
    peer: 'connected to {{remote}}',
  },
  state: {
    created: 'created',
    connecting: 'connecting',
    listening: 'listening',
    open: 'open',
    closed: 'closed',
  },
  log: {
    label: 'Event log',
    heading: 'Event log',
    showAll: 'Showing {{socket}} only: show all',
    empty: 'Events appear here as the sockets act.',
    role: { listener: 'listening socket', accepted: 'accepted socket', client: 'client socket' },
    'socket-created': 'socket(): a new {{role}}, receive buffer {{size}} B',
    bound: 'bind(): bound to {{local}}',
    listening: 'listen(): waiting for connections on {{local}}',
    connecting: 'connect(): connecting to {{target}}…',
    connected: 'connected: {{local}} → {{remote}}',
    accepted: 'accept() on {{server}}: new socket for {{remote}}',
    'data-sent': 'send(): {{bytes}} B “{{text}}”',
    'data-received': 'recv(): {{bytes}} B “{{text}}” (slices {{slices}})',
    'data-summary-sent': '{{chunks}} more sends: {{bytes}} B (grouped so the view keeps up)',
    'data-summary-received': '{{chunks}} more receives: {{bytes}} B (grouped so the view keeps up)',
    'end-received': 'recv() returned nothing: the peer has no more data to send',
    'end-sent': 'shutdown(SHUT_WR): this side will send no more data',
    closed: 'close(): socket closed',
    closedWithError: 'close(): socket closed after an error',
    error: '{{code}}: {{explanation}}',
  },
  errors: {
    EADDRINUSE:
      'Address already in use: another socket already listens on {{where}}. Only one listening socket may own an address and port: stop the other one, or choose another port.',
    ECONNREFUSED:
      'Connection refused: nothing listens on {{where}}, so that host answered the connection request with a reset. Start a server there first.',
    EACCES:
      'Permission denied: ports below 1024 are reserved for the administrator. Choose a port from 1024 up.',
    EADDRNOTAVAIL:
      'Address not available: {{where}} is not an address of this machine, so no socket can bind to it.',
    ECONNRESET:
      'Connection reset: the other end closed abruptly (it sent a reset), so data still in flight may be lost.',
    ETIMEDOUT:
      'Timed out: {{where}} did not answer in time. The host may be down or a firewall may drop the request.',
    ENOTFOUND: 'Host not found: the name could not be resolved to an IP address.',
    EPIPE: 'Broken pipe: the other end had already closed when this side wrote to it.',
    EHOSTUNREACH: 'Host unreachable: there is no route to {{where}}.',
    ENETUNREACH: 'Network unreachable: this machine has no route to {{where}}.',
    unknown: '{{syscall}} failed: {{message}}',
    lost: 'The back end did not answer: {{message}}',
    refused: 'The back end refused the request: {{message}}',
  },
  problems: problemMessagesEn,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language's strings must have. */
export type Messages = Widen<typeof en>;
