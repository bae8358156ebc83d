import { describe, expect, it } from 'vitest';
import { lineOfStep, programsFor, type CodeLanguage } from '../lesson-programs';
import { LESSON_SETTINGS, type ProgramSettings } from './program-settings';

const udp6000: ProgramSettings = {
  ...LESSON_SETTINGS,
  protocol: 'udp',
  port: 6000,
  serverBuffer: 16,
  clientBuffer: 16,
  message: { text: 'hi "you"', hex: '', truncated: false },
};
const code = (language: CodeLanguage, settings: ProgramSettings) => {
  const { server, client } = programsFor(language, settings);
  return {
    server: server.map((line) => line.text).join('\n'),
    client: client.map((line) => line.text).join('\n'),
  };
};

describe('the generated programs', () => {
  it('are the lesson itself for the lesson settings (Python, TCP)', () => {
    const { server, client } = code('python', LESSON_SETTINGS);
    expect(server).toContain('HOST, PORT = "127.0.0.1", 5346');
    expect(server).toContain('socket.SOCK_STREAM');
    expect(server).toContain('conn.recv(1024)');
    expect(client).toContain('s.sendall(b"Hello world! This is an echo server made with python")');
  });

  it('are UDP for UDP: SOCK_DGRAM, recvfrom and sendto, no listen or accept', () => {
    const { server, client } = code('python', udp6000);
    for (const program of [server, client]) {
      expect(program).toContain('SOCK_DGRAM');
      expect(program).toContain('recvfrom(16)');
      expect(program).toContain('6000');
      expect(program).not.toMatch(/listen|accept|SOCK_STREAM|connect/);
    }
    expect(client).toContain('s.sendto(b"hi \\"you\\"", (HOST, PORT))');
    expect(server).toContain('s.sendto(data, addr)');
  });

  it('run on dgram in Node for UDP and on net for TCP, with the port and buffer', () => {
    const udp = code('node', udp6000);
    expect(udp.server).toContain("dgram.createSocket('udp4')");
    expect(udp.client).toContain("dgram.createSocket('udp4')");
    expect(`${udp.server}\n${udp.client}`).not.toMatch(/net\.|listen|accept/);
    const tcp = code('node', { ...udp6000, protocol: 'tcp' });
    expect(tcp.server).toContain('net.createServer');
    expect(tcp.client).toContain('socket.write(\'hi "you"\')');
    for (const program of [udp.server, udp.client, tcp.server, tcp.client]) {
      expect(program).toContain('PORT = 6000, RECV_BUFFER = 16');
    }
  });

  it('light one line for each call the socket makes', () => {
    for (const language of ['python', 'node'] as const) {
      const { server, client } = programsFor(language, udp6000);
      expect(lineOfStep(server, 'recv')).toBeGreaterThan(lineOfStep(server, 'socket'));
      expect(lineOfStep(client, 'send')).toBeGreaterThanOrEqual(0);
      expect(lineOfStep(server, 'listen')).toBe(-1);
    }
  });

  it('say when the message shown is only the start of what was sent', () => {
    const long = { ...LESSON_SETTINGS, message: { text: 'abc', hex: '', truncated: true } };
    expect(code('python', long).client).toContain('s.sendall(b"abc")  # …');
  });
});
