import { withBadLine } from '../shared/test-support/hostile-inputs';
import { describe, expect, it } from 'vitest';
import { parseProcNet } from './proc-net-parser';
import { ipv6FromProcHex } from './proc-address';

const HEADER =
  '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n';

// Captured on x86-64 Linux (little-endian words).
const TCP = `${HEADER}   0: 0100007F:14E2 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 39487 1 0000000000000000 100 0 0 10 0
   1: 0100007F:A0F2 0100007F:14E2 01 00000034:00000010 00:00000000 00000000  1000        0 41234 1 0000000000000000 20 4 30 10 -1
   2: 0100007F:A0F4 0100007F:14E2 06 00000000:00000000 03:00000F3A 00000000     0        0 0 3 0000000000000000
   3: garbage line
   4: 0100007F:A0F6 0100007F:14E2 01 00000000:00000000 00:00000000 000000
`;

const TCP6 = `${HEADER}   0: 00000000000000000000000001000000:14E2 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 50001 1 0000000000000000 100 0 0 10 0
   1: 0000000000000000FFFF00000100007F:14E2 0000000000000000FFFF00000100007F:B000 01 00000000:00000000 00:00000000 00000000     0        0 50002 1 0000000000000000 20 4 30 10 -1
   2: 000080FE00000000FF005702FEB5C7FE:0016 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 50003 1 0000000000000000 100 0 0 10 0
`;

const UDP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
  125: 3500007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000   101        0 17001 2 0000000000000000 0
  200: 0100007F:C350 0100007F:0035 01 00000000:00000100 00:00000000 00000000     0        0 17002 2 0000000000000000 0
`;

describe('parseProcNet', () => {
  it('reads TCP rows: addresses, ports, states, queues and inodes', () => {
    const { rowsByLine, skippedLines } = parseProcNet(TCP, 'tcp');
    const rows = [...rowsByLine.values()];
    expect(skippedLines).toBe(2);
    expect(rows).toEqual([
      {
        key: 'tcp|127.0.0.1|5346|0.0.0.0|0|39487',
        protocol: 'tcp',
        localAddress: '127.0.0.1',
        localPort: 5346,
        remoteAddress: '0.0.0.0',
        remotePort: 0,
        state: 'LISTEN',
        sendQueue: 0,
        recvQueue: 0,
        inode: 39487,
      },
      expect.objectContaining({
        localPort: 41202,
        remotePort: 5346,
        state: 'ESTABLISHED',
        sendQueue: 52,
        recvQueue: 16,
      }),
      // TIME_WAIT sockets belong to no process and have no inode.
      expect.not.objectContaining({ inode: expect.anything() }),
    ]);
    expect(rows[2]).toMatchObject({ state: 'TIME_WAIT', localPort: 41204 });
  });

  it('reads IPv6 rows, showing IPv4-mapped peers as plain IPv4 and compressing zeros', () => {
    const { rowsByLine, skippedLines } = parseProcNet(TCP6, 'tcp6');
    const rows = [...rowsByLine.values()];
    expect(skippedLines).toBe(0);
    expect(rows.map((row) => [row.localAddress, row.localPort, row.remoteAddress, row.state])).toEqual([
      ['::1', 5346, '::', 'LISTEN'],
      ['127.0.0.1', 5346, '127.0.0.1', 'ESTABLISHED'],
      ['fe80::257:ff:fec7:b5fe', 22, '::', 'LISTEN'],
    ]);
  });

  it('names UDP sockets UNCONN, or ESTABLISHED once connected', () => {
    const rows = [...parseProcNet(UDP, 'udp').rowsByLine.values()];
    expect(rows.map((row) => [row.localAddress, row.localPort, row.state])).toEqual([
      ['127.0.0.53', 53, 'UNCONN'],
      ['127.0.0.1', 50000, 'ESTABLISHED'],
    ]);
  });

  it('never throws: empty, header-only, truncated and random input give rows it could read', () => {
    expect(parseProcNet('', 'tcp')).toEqual({ rowsByLine: new Map(), newRows: [], skippedLines: 0 });
    expect(parseProcNet(HEADER, 'tcp6')).toEqual({ rowsByLine: new Map(), newRows: [], skippedLines: 0 });
    const truncated = TCP.slice(0, TCP.indexOf('39487'));
    expect(parseProcNet(truncated, 'tcp')).toEqual({ rowsByLine: new Map(), newRows: [], skippedLines: 1 });
    // The rows around a bad line read exactly as without it.
    const isRow = (line: string) => /^\s*\d+:/.test(line);
    for (const bad of [truncated.split('\n').at(-1) ?? '', '   9: zz', '\u0000\u00ff%%']) {
      const clean = parseProcNet(TCP, 'tcp');
      const dirty = parseProcNet(withBadLine(TCP, isRow, bad, 0), 'tcp');
      expect([...dirty.rowsByLine.values()]).toEqual([...clean.rowsByLine.values()]);
      expect(dirty.skippedLines).toBe(clean.skippedLines + 1);
    }
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 200; i += 1) {
      const noise = Array.from({ length: 300 }, () => String.fromCharCode(Math.floor(random() * 128))).join(
        '',
      );
      expect(() => parseProcNet(`${HEADER}${noise}\n${noise}`, i % 2 ? 'tcp6' : 'udp')).not.toThrow();
    }
  });
});

describe('ipv6FromProcHex', () => {
  it('writes addresses as RFC 5952 asks', () => {
    expect(ipv6FromProcHex('00000000000000000000000000000000')).toBe('::');
    expect(ipv6FromProcHex('B80D0120000000000000000001000000')).toBe('2001:db8::1');
    expect(ipv6FromProcHex('not hex')).toBeUndefined();
  });
});

describe('parsing again', () => {
  it('gives back the same row for an unchanged line, even when its line number moved', () => {
    const first = parseProcNet(TCP, 'tcp');
    const listener = [...first.rowsByLine.values()][0];
    const moved = TCP.replace('   0: 0100007F:14E2', '  17: 0100007F:14E2');
    const second = parseProcNet(moved, 'tcp', first.rowsByLine);
    expect([...second.rowsByLine.values()][0]).toBe(listener);
    expect(second.newRows).toEqual([]);
  });

  it('lists as new only the rows of lines the previous parse did not have', () => {
    const first = parseProcNet(TCP, 'tcp');
    const changed = TCP.replace('0100007F:14E2', '0100007F:14E3');
    const second = parseProcNet(changed, 'tcp', first.rowsByLine);
    expect(second.newRows.map((row) => row.localPort)).toEqual([0x14e3]);
    expect(second.rowsByLine.size).toBe(first.rowsByLine.size);
  });
});
