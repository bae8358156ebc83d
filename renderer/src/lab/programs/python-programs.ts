import { commentLine, line, type Programs } from './code-line';
import { pythonBytes, truncation } from './message-literal';
import type { ProgramSettings } from './program-settings';

const family = (host: string) => (host.includes(':') ? 'AF_INET6' : 'AF_INET');

/** The lesson's echo server and client in Python, as the lesson writes them, for these settings. */
export function pythonPrograms(settings: ProgramSettings): Programs {
  const { host, port } = settings;
  const constants = line(`HOST, PORT = "${host}", ${port}`);
  const kind = settings.protocol === 'tcp' ? 'SOCK_STREAM' : 'SOCK_DGRAM';
  const create = line(`with socket.socket(socket.${family(host)}, socket.${kind}) as s:`, 'socket');
  const head = [line('import socket'), line(''), constants, create];
  const message = pythonBytes(settings.message);
  const cut = truncation(settings.message, '#');
  if (settings.protocol === 'udp') {
    return {
      server: [
        ...head,
        line('    s.bind((HOST, PORT))', 'bind'),
        line('    while True:'),
        commentLine('        # ', 'oneSocketAllClients'),
        line(`        data, addr = s.recvfrom(${settings.serverBuffer})`, 'recv'),
        line('        s.sendto(data, addr)', 'send'),
        commentLine('# ', 'leavingWithClosesS', 'close'),
      ],
      client: [
        ...head,
        line(`    s.bind(("${host.includes(':') ? '::' : '0.0.0.0'}", 0))`, 'bind'),
        commentLine('    # ', 'osPicksPort'),
        line(`    s.sendto(${message}, (HOST, PORT))${cut}`, 'send'),
        line(`    data, addr = s.recvfrom(${settings.clientBuffer})`, 'recv'),
        commentLine('# ', 'leavingWithClosesS', 'close'),
        line('print("Received", repr(data))'),
      ],
    };
  }
  return {
    server: [
      ...head,
      line('    s.bind((HOST, PORT))', 'bind'),
      line('    s.listen()', 'listen'),
      line('    conn, addr = s.accept()', 'accept'),
      line('    with conn:'),
      line('        print("Connected by", addr)'),
      line('        while True:'),
      line(`            data = conn.recv(${settings.serverBuffer})`, 'recv'),
      line('            if not data:', 'recv-end'),
      line('                break'),
      line('            conn.sendall(data)', 'send'),
      commentLine('# ', 'leavingWithClosesConn', 'close'),
    ],
    client: [
      ...head,
      line('    s.connect((HOST, PORT))', 'connect'),
      line(`    s.sendall(${message})${cut}`, 'send'),
      line(`    data = s.recv(${settings.clientBuffer})`, 'recv'),
      commentLine('    # ', 'recvReturnsEmpty', 'recv-end'),
      commentLine('# ', 'leavingWithClosesS', 'close'),
      line('print("Received", repr(data))'),
    ],
  };
}
