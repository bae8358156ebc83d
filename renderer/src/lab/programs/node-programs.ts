import { commentLine, line, type CodeLine, type Programs } from './code-line';
import { nodeString, truncation } from './message-literal';
import type { ProgramSettings } from './program-settings';

const constants = (host: string, port: number, buffer: number) =>
  line(`const HOST = '${host}', PORT = ${port}, RECV_BUFFER = ${buffer};`);

/** What arrived, shown cut as recv(RECV_BUFFER) calls would return it. */
const slicedRead = (indent: string, print: string): CodeLine[] => [
  line(`${indent}for (let at = 0; at < data.length; at += RECV_BUFFER) {`),
  line(`${indent}  console.log(${print}, data.subarray(at, at + RECV_BUFFER));`),
  line(`${indent}}`),
];

/** The echo server and client in Node, as the app runs them (`net`, `dgram`), for these settings. */
export function nodePrograms(settings: ProgramSettings): Programs {
  const { host, port } = settings;
  const send = nodeString(settings.message);
  if (settings.protocol === 'udp') {
    const udp = host.includes(':') ? 'udp6' : 'udp4';
    return {
      server: [
        line("import dgram from 'node:dgram';"),
        line(''),
        constants(host, port, settings.serverBuffer),
        line(`const server = dgram.createSocket('${udp}');`, 'socket'),
        commentLine('// ', 'oneSocketAllClients'),
        line("server.on('message', (msg, rinfo) => {", 'recv'),
        line('  const data = msg.subarray(0, RECV_BUFFER);'),
        line('  server.send(data, rinfo.port, rinfo.address);', 'send'),
        line('});'),
        line("server.on('close', () => console.log('closed'));", 'close'),
        line('server.bind(PORT, HOST);', 'bind'),
      ],
      client: [
        line("import dgram from 'node:dgram';"),
        line(''),
        constants(host, port, settings.clientBuffer),
        line(`const socket = dgram.createSocket('${udp}');`, 'socket'),
        line('socket.bind(0, () => {', 'bind'),
        commentLine('  // ', 'osPicksPort'),
        line(`  socket.send(${send}, PORT, HOST);${truncation(settings.message, '//')}`, 'send'),
        line('});'),
        line("socket.on('message', (msg) => console.log('Received', msg.subarray(0, RECV_BUFFER)));", 'recv'),
        line("socket.on('close', () => console.log('closed'));", 'close'),
      ],
    };
  }
  return {
    server: [
      line("import net from 'node:net';"),
      line(''),
      constants(host, port, settings.serverBuffer),
      line('const server = net.createServer({ allowHalfOpen: true }, (conn) => {', 'socket'),
      commentLine('  // ', 'oneCallPerConnection', 'accept'),
      line("  conn.on('data', (data) => {", 'recv'),
      ...slicedRead('    ', "'recv'"),
      line('    conn.write(data);', 'send'),
      line('  });'),
      line("  conn.on('end', () => conn.end());", 'recv-end'),
      line("  conn.on('close', () => console.log('closed'));", 'close'),
      line('});'),
      line('server.listen(PORT, HOST, () => {', 'bind'),
      line("  console.log('listening', server.address());", 'listen'),
      line('});'),
    ],
    client: [
      line("import net from 'node:net';"),
      line(''),
      constants(host, port, settings.clientBuffer),
      line('const socket = new net.Socket({ allowHalfOpen: true });', 'socket'),
      line('socket.connect(PORT, HOST, () => {', 'connect'),
      line(`  socket.write(${send});${truncation(settings.message, '//')}`, 'send'),
      line('});'),
      line("socket.on('data', (data) => {", 'recv'),
      ...slicedRead('  ', "'Received'"),
      line('});'),
      line("socket.on('end', () => socket.end());", 'recv-end'),
      line("socket.on('close', () => console.log('closed'));", 'close'),
    ],
  };
}
