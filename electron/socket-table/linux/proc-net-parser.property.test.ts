import fc from 'fast-check';
import { endianness } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { SocketProtocol } from '../../contract/socket-table';
import { parseProcNet } from './proc-net-parser';

const NUM_RUNS = 200;
const HEADER =
  '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n';
/** The kernel's TCP states in enum order (include/net/tcp_states.h), numbered from 1. */
const TCP_STATE_NAMES = [
  'ESTABLISHED',
  'SYN_SENT',
  'SYN_RECV',
  'FIN_WAIT1',
  'FIN_WAIT2',
  'TIME_WAIT',
  'CLOSE',
  'CLOSE_WAIT',
  'LAST_ACK',
  'LISTEN',
  'CLOSING',
  'NEW_SYN_RECV',
];
const UDP_STATE_NAMES: Record<number, string> = { 1: 'ESTABLISHED', 7: 'UNCONN' };

interface GeneratedSocket {
  local: Uint8Array;
  localPort: number;
  remote: Uint8Array;
  remotePort: number;
  state: number;
  tx: number;
  rx: number;
  uid: number;
  inode: number;
}

const hex = (value: number, width: number) => value.toString(16).toUpperCase().padStart(width, '0');

/** As the kernel prints an address: each 32-bit word as %08X of its value in this machine's byte order. */
function procAddress(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  let text = '';
  for (let offset = 0; offset < buffer.length; offset += 4) {
    text += hex(endianness() === 'LE' ? buffer.readUInt32LE(offset) : buffer.readUInt32BE(offset), 8);
  }
  return text;
}

/** One line as tcp4_seq_show / tcp6_seq_show (and the udp ones) write it. */
function procLine(slot: number, socket: GeneratedSocket): string {
  return (
    `${String(slot).padStart(4)}: ${procAddress(socket.local)}:${hex(socket.localPort, 4)} ` +
    `${procAddress(socket.remote)}:${hex(socket.remotePort, 4)} ${hex(socket.state, 2)} ` +
    `${hex(socket.tx, 8)}:${hex(socket.rx, 8)} 00:00000000 00000000 ${String(socket.uid).padStart(5)} ` +
    `${'0'.padStart(8)} ${socket.inode} 1 0000000000000000 100 0 0 10 0`
  );
}

/** The address as text, by Node's own rules rather than the parser's: WHATWG URL for IPv6. */
function expectedAddress(bytes: Uint8Array): string {
  if (bytes.length === 4) return [...bytes].join('.');
  const mapped =
    bytes.subarray(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mapped) return [...bytes.subarray(12)].join('.');
  const groups = Array.from({ length: 8 }, (_, i) =>
    Buffer.from(bytes)
      .readUInt16BE(i * 2)
      .toString(16),
  );
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
}

function socketArbitrary(protocol: SocketProtocol): fc.Arbitrary<GeneratedSocket> {
  const size = protocol.endsWith('6') ? 16 : 4;
  const address = fc.oneof(
    fc.uint8Array({ minLength: size, maxLength: size }),
    // Zeros, loopback and IPv4-mapped addresses are where formatting rules differ; draw them often.
    fc.constant(new Uint8Array(size)),
    size === 16
      ? fc
          .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
          .map(([a, b]) => new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, a, 0, b]))
      : fc.constant(new Uint8Array([127, 0, 0, 1])),
    fc
      .uint8Array({ minLength: size, maxLength: size })
      .map((bytes) => bytes.map((byte, i) => (i % 3 ? 0 : byte))),
  );
  const state = protocol.startsWith('tcp')
    ? fc.integer({ min: 1, max: TCP_STATE_NAMES.length })
    : fc.constantFrom(1, 7);
  return fc.record({
    local: address,
    localPort: fc.integer({ min: 0, max: 65535 }),
    remote: address,
    remotePort: fc.integer({ min: 0, max: 65535 }),
    state,
    tx: fc.integer({ min: 0, max: 0xffffffff }),
    rx: fc.integer({ min: 0, max: 0xffffffff }),
    uid: fc.integer({ min: 0, max: 65535 }),
    inode: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 0xffffffff })),
  });
}

const protocols: SocketProtocol[] = ['tcp', 'tcp6', 'udp', 'udp6'];

describe('parseProcNet on generated well-formed tables', () => {
  it.each(protocols)('reads back exactly what was written to a %s table', (protocol) => {
    fc.assert(
      fc.property(
        fc.uniqueArray(socketArbitrary(protocol), {
          maxLength: 20,
          selector: (socket) => procLine(0, socket).slice(5),
        }),
        fc.integer({ min: 0, max: 99_999 }),
        (sockets, firstSlot) => {
          const text = HEADER + sockets.map((socket, i) => procLine(firstSlot + i, socket)).join('\n') + '\n';
          const { rowsByLine, skippedLines } = parseProcNet(text, protocol);
          expect(skippedLines).toBe(0);
          const rows = [...rowsByLine.values()];
          expect(rows).toHaveLength(sockets.length);
          rows.forEach((row, i) => {
            const socket = sockets[i] as GeneratedSocket;
            const names: Record<number, string | undefined> = protocol.startsWith('tcp')
              ? Object.fromEntries(TCP_STATE_NAMES.map((name, index) => [index + 1, name]))
              : UDP_STATE_NAMES;
            expect(row).toEqual({
              key: `${protocol}|${row.localAddress}|${socket.localPort}|${row.remoteAddress}|${socket.remotePort}|${socket.inode}`,
              protocol,
              localAddress: expectedAddress(socket.local),
              localPort: socket.localPort,
              remoteAddress: expectedAddress(socket.remote),
              remotePort: socket.remotePort,
              state: names[socket.state],
              sendQueue: socket.tx,
              recvQueue: socket.rx,
              ...(socket.inode > 0 ? { inode: socket.inode } : {}),
            });
          });
          // A second read of the same table hands back the very same rows.
          const again = parseProcNet(text, protocol, rowsByLine);
          expect([...again.rowsByLine.values()].every((row, i) => row === rows[i])).toBe(true);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('parseProcNet on garbage', () => {
  const garbageLine = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme-ascii' }),
    fc.string(),
  );

  it.each(protocols)(
    'never throws on arbitrary %s lines, and reads no more rows than there are lines',
    (protocol) => {
      fc.assert(
        fc.property(fc.array(garbageLine, { maxLength: 20 }), (lines) => {
          const text = HEADER + lines.join('\n');
          const { rowsByLine, skippedLines } = parseProcNet(text, protocol);
          const nonBlank = text
            .split('\n')
            .slice(1)
            .filter((line) => line.trim() !== '').length;
          expect(rowsByLine.size + skippedLines).toBeLessThanOrEqual(nonBlank);
          for (const row of rowsByLine.values()) {
            expect(row.localPort).toBeLessThanOrEqual(65535);
            expect(row.remotePort).toBeLessThanOrEqual(65535);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
  );

  it('never throws on well-formed lines with characters replaced at random', () => {
    const mutated = fc
      .tuple(
        socketArbitrary('tcp6'),
        fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), {
          maxLength: 8,
        }),
      )
      .map(([socket, edits]) => {
        const chars = [...procLine(1, socket)];
        edits.forEach(([at, char]) => (chars[at % chars.length] = char));
        return chars.join('');
      });
    fc.assert(
      fc.property(fc.array(mutated, { maxLength: 10 }), (lines) => {
        expect(() => parseProcNet(HEADER + lines.join('\n'), 'tcp6')).not.toThrow();
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
