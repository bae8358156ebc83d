import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SocketRow } from '../../contract/socket-table';
import type { ParsedTable } from '../shared/netstat-lines';
import { BAD_ROWS, hostileInputs, withBadLine } from '../shared/test-support/hostile-inputs';
import { parseWindowsNetstat } from './windows-netstat-parser';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function at(rows: SocketRow[], localPort: number, remotePort = 0): SocketRow[] {
  return rows.filter((row) => row.localPort === localPort && row.remotePort === remotePort);
}

describe('parseWindowsNetstat', () => {
  const table = parseWindowsNetstat(fixture('netstat-ano.txt'));

  it('reads every row of CRLF output and skips the cut and garbage lines', () => {
    expect(table.rows).toHaveLength(34);
    expect(table.skippedLines).toBe(3);
  });

  it('reads IPv4 and IPv6 listeners, with 0.0.0.0:0 and [::]:0 as no peer', () => {
    expect(at(table.rows, 135)).toEqual([
      {
        key: 'tcp|0.0.0.0|135|0.0.0.0|0|1052',
        protocol: 'tcp',
        localAddress: '0.0.0.0',
        localPort: 135,
        remoteAddress: '0.0.0.0',
        remotePort: 0,
        state: 'LISTEN',
        pid: 1052,
      },
      {
        key: 'tcp6|::|135|::|0|1052',
        protocol: 'tcp6',
        localAddress: '::',
        localPort: 135,
        remoteAddress: '::',
        remotePort: 0,
        state: 'LISTEN',
        pid: 1052,
      },
    ]);
  });

  it('keeps the zone of a link-local address', () => {
    expect(at(table.rows, 49664, 443)).toEqual([
      {
        key: 'tcp6|fe80::1%4|49664|fe80::2%4|443|5678',
        protocol: 'tcp6',
        localAddress: 'fe80::1%4',
        localPort: 49664,
        remoteAddress: 'fe80::2%4',
        remotePort: 443,
        state: 'ESTABLISHED',
        pid: 5678,
      },
    ]);
    expect(at(table.rows, 50160, 7680)[0]).toMatchObject({
      localAddress: 'fe80::5cb1:2d9e:af10:4b2c%12',
      remoteAddress: 'fe80::aede:48ff:fe00:1122%12',
    });
  });

  it('reads a UDP row, which has no state, with *:* as no peer', () => {
    expect(at(table.rows, 5353).filter((row) => row.protocol === 'udp')[0]).toEqual({
      key: 'udp|0.0.0.0|5353|0.0.0.0|0|2345',
      protocol: 'udp',
      localAddress: '0.0.0.0',
      localPort: 5353,
      remoteAddress: '0.0.0.0',
      remotePort: 0,
      state: 'UNCONN',
      pid: 2345,
    });
    expect(at(table.rows, 1900).map((row) => [row.protocol, row.localAddress, row.remoteAddress])).toEqual([
      ['udp', '127.0.0.1', '0.0.0.0'],
      ['udp6', '::1', '::'],
      ['udp6', 'fe80::5cb1:2d9e:af10:4b2c%12', '::'],
    ]);
  });

  it('gives every Windows state its ss name', () => {
    const stateAt = (localPort: number) => table.rows.find((row) => row.localPort === localPort)?.state;
    expect([445, 50110, 50112, 50130, 50131, 50132, 50133, 50134, 50135, 50140].map(stateAt)).toEqual([
      'LISTEN',
      'ESTABLISHED',
      'TIME_WAIT',
      'SYN_SENT',
      'CLOSE_WAIT',
      'FIN_WAIT2',
      'FIN_WAIT1',
      'LAST_ACK',
      'CLOSING',
      'CLOSE',
    ]);
    expect(at(table.rows, 445, 50912)[0]?.state).toBe('SYN_RECV');
  });

  it('leaves a TIME_WAIT socket on pid 0 without an owner, and says the kernel holds it', () => {
    expect(at(table.rows, 50112, 443)[0]).not.toHaveProperty('pid');
    expect(at(table.rows, 50112, 443)[0]).toMatchObject({ state: 'TIME_WAIT', ownerHidden: 'kernel' });
  });

  it('keeps apart two sockets of one process on the same endpoints', () => {
    expect(
      at(table.rows, 5353)
        .filter((row) => row.pid === 8812)
        .map((row) => row.key),
    ).toEqual(['udp|0.0.0.0|5353|0.0.0.0|0|8812', 'udp|0.0.0.0|5353|0.0.0.0|0|8812|2']);
  });
});

/** A fixture's bytes as the scanner gets them: execFile decodes the console's code page 850 as UTF-8. */
const asReceived = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url)).toString('utf8');
const statesOf = (table: ParsedTable) => table.rows.map((row) => [row.protocol, row.localPort, row.state]);

describe('parseWindowsNetstat on Windows in other languages (code page 850)', () => {
  it('reads Spanish Windows: every state word, the listener as LISTEN', () => {
    const table = parseWindowsNetstat(asReceived('netstat-ano-es.txt'));
    expect(table.skippedLines).toBe(0);
    expect(statesOf(table)).toEqual([
      ['tcp', 135, 'LISTEN'],
      ['tcp', 445, 'LISTEN'],
      ['tcp', 5346, 'LISTEN'],
      ['tcp', 5346, 'ESTABLISHED'],
      ['tcp', 51012, 'ESTABLISHED'],
      ['tcp', 51020, 'TIME_WAIT'],
      ['tcp', 51021, 'CLOSE_WAIT'],
      ['tcp', 51022, 'SYN_SENT'],
      ['tcp', 139, 'SYN_RECV'],
      ['tcp', 51023, 'FIN_WAIT1'],
      ['tcp', 51024, 'FIN_WAIT2'],
      ['tcp', 51025, 'LAST_ACK'],
      ['tcp', 51026, 'CLOSING'],
      ['tcp6', 135, 'LISTEN'],
      ['tcp6', 5346, 'LISTEN'],
      ['udp', 5353, 'UNCONN'],
      ['udp6', 1900, 'UNCONN'],
    ]);
    expect(table.rows.find((row) => row.localPort === 1900)).toMatchObject({
      localAddress: 'fe80::d1c2:3e4f:5a6b:7c8d%7',
      pid: 3020,
    });
  });

  it('reads German Windows, whose ABHÖREN arrives with Ö undecodable, and a state word wider than its column', () => {
    const text = asReceived('netstat-ano-de.txt');
    expect(text).toContain('ABH\uFFFDREN');
    expect(statesOf(parseWindowsNetstat(text))).toEqual([
      ['tcp', 135, 'LISTEN'],
      ['tcp', 50123, 'ESTABLISHED'],
      ['tcp', 50200, 'TIME_WAIT'],
      ['tcp', 50201, 'CLOSE_WAIT'],
      ['tcp', 50202, 'SYN_SENT'],
      ['tcp', 50203, 'FIN_WAIT1'],
      ['tcp', 50204, 'FIN_WAIT2'],
      ['tcp', 50205, 'LAST_ACK'],
      ['tcp', 50206, 'CLOSING'],
      ['tcp6', 135, 'LISTEN'],
      ['udp', 5353, 'UNCONN'],
    ]);
  });

  it('reads the same German rows whichever way the code page was decoded', () => {
    const bytes = readFileSync(new URL('./fixtures/netstat-ano-de.txt', import.meta.url));
    const utf8 = parseWindowsNetstat(bytes.toString('utf8'));
    expect(parseWindowsNetstat(bytes.toString('latin1'))).toEqual(utf8);
    expect(parseWindowsNetstat(bytes.toString('latin1').replaceAll('\x99', 'Ö'))).toEqual(utf8);
  });

  it.each([
    [
      'French',
      'netstat-ano-fr.txt',
      [
        ['tcp', 135, 'LISTEN'],
        ['tcp', 49797, 'ESTABLISHED'],
        ['tcp', 7680, 'TIME_WAIT'],
        ['udp', 5355, 'UNCONN'],
      ],
    ],
    [
      'Italian',
      'netstat-ano-it.txt',
      [
        ['tcp', 135, 'LISTEN'],
        ['tcp', 52100, 'ESTABLISHED'],
        ['tcp', 52101, 'TIME_WAIT'],
        ['udp', 5353, 'UNCONN'],
      ],
    ],
    [
      'Portuguese',
      'netstat-ano-pt.txt',
      [
        ['tcp', 135, 'LISTEN'],
        ['tcp', 50412, 'ESTABLISHED'],
        ['tcp', 50413, 'CLOSE_WAIT'],
        ['udp6', 5353, 'UNCONN'],
      ],
    ],
  ])('reads %s Windows', (_language, name, states) => {
    const table = parseWindowsNetstat(asReceived(name));
    expect(statesOf(table)).toEqual(states);
    expect(table.skippedLines).toBe(0);
  });

  it('shows a state word no table knows as UNKNOWN, keeping the row, rather than as a state of its own', () => {
    const header = '  Proto  Adres lokalny          Adres obcy             Stan            PID';
    const { rows, skippedLines } = parseWindowsNetstat(
      `${header}\r\n  TCP    0.0.0.0:80             0.0.0.0:0              NAS\uFFFDUCHIWANIE   42\r\n`,
    );
    expect(skippedLines).toBe(0);
    expect(rows).toEqual([expect.objectContaining({ localPort: 80, state: 'UNKNOWN', pid: 42 })]);
  });
});

describe('parseWindowsNetstat on hostile input', () => {
  it('never throws', () => {
    for (const text of hostileInputs(fixture('netstat-ano.txt'))) {
      expect(() => parseWindowsNetstat(text)).not.toThrow();
    }
  });

  it('finds nothing in an empty output', () => {
    expect(parseWindowsNetstat('')).toEqual({ rows: [], skippedLines: 0 });
  });

  it.each(BAD_ROWS)(
    'reads every row around a bad line (%j) as without it, and skips only that line',
    (bad) => {
      const sample = fixture('netstat-ano.txt');
      const clean = parseWindowsNetstat(sample);
      const dirty = parseWindowsNetstat(withBadLine(sample, (line) => /^\s+(TCP|UDP)\s/.test(line), bad));
      expect(dirty.rows).toEqual(clean.rows);
      expect(dirty.skippedLines).toBe(clean.skippedLines + 1);
    },
  );
});
