import type { CallStep } from './call-step';

export type CodeLanguage = 'python' | 'node';
export type ProgramSide = 'server' | 'client';

/** Comments of the programs, translated like the rest of the page (code.comments.*). */
export type CodeComment =
  'leavingWithClosesConn' | 'recvReturnsEmpty' | 'leavingWithClosesS' | 'oneCallPerConnection';

export interface CodeLine {
  /** The code, or for a comment line the indentation and comment sign before its words. */
  text: string;
  comment?: CodeComment;
  step?: CallStep;
}

const line = (text: string, step?: CallStep): CodeLine => (step ? { text, step } : { text });
const commentLine = (prefix: string, comment: CodeComment, step: CallStep): CodeLine => ({
  text: prefix,
  comment,
  step,
});

/** The lesson's echo server and client, in Python as the lesson wrote them and in Node as the app runs them. */
export const PROGRAMS: Record<CodeLanguage, Record<ProgramSide, CodeLine[]>> = {
  python: {
    server: [
      line('import socket'),
      line(''),
      line('HOST, PORT = "127.0.0.1", 5346'),
      line('with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:', 'socket'),
      line('    s.bind((HOST, PORT))', 'bind'),
      line('    s.listen()', 'listen'),
      line('    conn, addr = s.accept()', 'accept'),
      line('    with conn:'),
      line('        print("Connected by", addr)'),
      line('        while True:'),
      line('            data = conn.recv(1024)', 'recv'),
      line('            if not data:', 'recv-end'),
      line('                break'),
      line('            conn.sendall(data)', 'send'),
      commentLine('# ', 'leavingWithClosesConn', 'close'),
    ],
    client: [
      line('import socket'),
      line(''),
      line('HOST, PORT = "127.0.0.1", 5346'),
      line('with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:', 'socket'),
      line('    s.connect((HOST, PORT))', 'connect'),
      line('    s.sendall(b"Hello world! This is an echo server made with python")', 'send'),
      line('    data = s.recv(1024)', 'recv'),
      commentLine('    # ', 'recvReturnsEmpty', 'recv-end'),
      commentLine('# ', 'leavingWithClosesS', 'close'),
      line('print("Received", repr(data))'),
    ],
  },
  node: {
    server: [
      line("import net from 'node:net';"),
      line(''),
      line('const server = net.createServer((conn) => {', 'socket'),
      commentLine('  // ', 'oneCallPerConnection', 'accept'),
      line("  conn.on('data', (data) => {", 'recv'),
      line('    conn.write(data);', 'send'),
      line('  });'),
      line("  conn.on('end', () => conn.end());", 'recv-end'),
      line("  conn.on('close', () => console.log('closed'));", 'close'),
      line('});'),
      line("server.listen(5346, '127.0.0.1', () => {", 'bind'),
      line("  console.log('listening', server.address());", 'listen'),
      line('});'),
    ],
    client: [
      line("import net from 'node:net';"),
      line(''),
      line('const socket = new net.Socket();', 'socket'),
      line("socket.connect(5346, '127.0.0.1', () => {", 'connect'),
      line("  socket.write('Hello world! This is an echo server made with python');", 'send'),
      line('});'),
      line("socket.on('data', (data) => console.log('Received', data));", 'recv'),
      line("socket.on('end', () => socket.end());", 'recv-end'),
      line("socket.on('close', () => console.log('closed'));", 'close'),
    ],
  },
};

/** The line of a program that a step lights up. */
export function lineOfStep(lines: readonly CodeLine[], step: CallStep | undefined): number {
  return step === undefined ? -1 : lines.findIndex((candidate) => candidate.step === step);
}
