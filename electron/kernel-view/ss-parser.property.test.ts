import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSsOutput } from './ss-parser';

const NUM_RUNS = 200;
const STATE_WORDS = [
  'ESTAB',
  'SYN-SENT',
  'SYN-RECV',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'TIME-WAIT',
  'CLOSE-WAIT',
  'LAST-ACK',
  'LISTEN',
  'CLOSING',
];

interface GeneratedSocket {
  state: string;
  recv: number;
  send: number;
  local: [number, number, number, number];
  localPort: number;
  remotePort: number;
  timerMs: number;
  bytesAcked: number;
}

const socketArbitrary: fc.Arbitrary<GeneratedSocket> = fc.record({
  state: fc.constantFrom(...STATE_WORDS),
  recv: fc.nat(),
  send: fc.nat(),
  local: fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)),
  localPort: fc.integer({ min: 1, max: 65_535 }),
  remotePort: fc.integer({ min: 1, max: 65_535 }),
  timerMs: fc.nat(3_600_000),
  bytesAcked: fc.nat(),
});

/** A duration as iproute2's print_ms_timer writes it. */
function msTimer(timeout: number): string {
  const minutes = Math.floor(timeout / 60_000);
  let secs = Math.floor(timeout / 1000) % 60;
  let msecs = timeout % 1000;
  let text = '';
  if (minutes) {
    msecs = 0;
    text += `${minutes}min`;
    if (minutes > 9) secs = 0;
  }
  if (secs) {
    if (secs > 9) msecs = 0;
    text += `${secs}${msecs ? '.' : 'sec'}`;
  }
  if (msecs) text += `${String(msecs).padStart(3, '0')}ms`;
  return text;
}

/** What ss prints of the duration: milliseconds dropped past 10 s, seconds past 10 min. */
function shownMs(timeout: number): number {
  if (timeout >= 600_000) return Math.floor(timeout / 60_000) * 60_000;
  if (timeout >= 10_000) return Math.floor(timeout / 1000) * 1000;
  return timeout;
}

function ssLines(socket: GeneratedSocket): string {
  return (
    `${socket.state.padEnd(10)} ${socket.recv} ${socket.send}   ${socket.local.join('.')}:${socket.localPort}` +
    `  127.0.0.1:${socket.remotePort} timer:(on,${msTimer(socket.timerMs)},0)\n` +
    `\t cubic wscale:7,7 rtt:0.03/0.01 bytes_acked:${socket.bytesAcked} send 1.5Mbps\n`
  );
}

describe('parseSsOutput, generated input', () => {
  it('reads back every socket of generated ss output, timers as ss rounds them', () => {
    fc.assert(
      fc.property(fc.array(socketArbitrary, { maxLength: 20 }), (generated) => {
        const { sockets, skippedLines } = parseSsOutput(generated.map(ssLines).join(''));
        expect(skippedLines).toBe(0);
        expect(sockets.map((s) => [s.recvQueue, s.sendQueue, s.local.port, s.remote.port])).toEqual(
          generated.map((g) => [g.recv, g.send, g.localPort, g.remotePort]),
        );
        expect(sockets.map((s) => s.timer?.remainingMs)).toEqual(generated.map((g) => shownMs(g.timerMs)));
        expect(sockets.map((s) => s.tcpInfo?.bytesAcked)).toEqual(generated.map((g) => g.bytesAcked));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on arbitrary text, and skips at most one count per line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const { skippedLines } = parseSsOutput(text);
        expect(skippedLines).toBeLessThanOrEqual(text.split('\n').length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps every socket before a cut, wherever the text is cut', () => {
    fc.assert(
      fc.property(
        fc.array(socketArbitrary, { minLength: 1, maxLength: 10 }),
        fc.nat(),
        (generated, cutAt) => {
          const blocks = generated.map(ssLines);
          const text = blocks.join('');
          const cut = cutAt % text.length;
          let whole = 0;
          for (let end = blocks[0]?.length ?? 0; whole < blocks.length && end <= cut; whole += 1) {
            end += blocks[whole + 1]?.length ?? 0;
          }
          const { sockets } = parseSsOutput(text.slice(0, cut));
          expect(sockets.slice(0, whole).map((s) => s.local.port)).toEqual(
            generated.slice(0, whole).map((g) => g.localPort),
          );
          expect(sockets.length - whole).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
