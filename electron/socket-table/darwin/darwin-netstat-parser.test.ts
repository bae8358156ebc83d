import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SocketRow } from '../../contract/socket-table';
import { BAD_ROWS, hostileInputs, withBadLine } from '../shared/test-support/hostile-inputs';
import { parseDarwinNetstat } from './darwin-netstat-parser';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function at(rows: SocketRow[], localPort: number, remotePort = 0): SocketRow[] {
  return rows.filter((row) => row.localPort === localPort && row.remotePort === remotePort);
}

describe('parseDarwinNetstat, macOS 26 (process:pid column)', () => {
  const tcp = parseDarwinNetstat(fixture('netstat-tcp-tahoe.txt'));
  const udp = parseDarwinNetstat(fixture('netstat-udp-tahoe.txt'));

  it('reads every TCP row and skips the cut, garbage, ownerless and bad-port lines', () => {
    expect(tcp.rows).toHaveLength(21);
    expect(tcp.skippedLines).toBe(4);
  });

  it('reads a loopback listener', () => {
    expect(at(tcp.rows, 5173).filter((row) => row.protocol === 'tcp')).toEqual([
      {
        key: 'tcp|127.0.0.1|5173|0.0.0.0|0|4812',
        protocol: 'tcp',
        localAddress: '127.0.0.1',
        localPort: 5173,
        remoteAddress: '0.0.0.0',
        remotePort: 0,
        state: 'LISTEN',
        pid: 4812,
        program: 'node',
        recvQueue: 0,
        sendQueue: 0,
      },
    ]);
  });

  it('shows a dual-stack tcp46 listener as tcp6 on ::, and tcp6 *.22 on :: too', () => {
    expect(at(tcp.rows, 5000)).toEqual([
      expect.objectContaining({ protocol: 'tcp6', localAddress: '::', remoteAddress: '::', state: 'LISTEN' }),
    ]);
    expect(at(tcp.rows, 22).map((row) => `${row.protocol} ${row.localAddress}`)).toEqual([
      'tcp 0.0.0.0',
      'tcp6 ::',
    ]);
  });

  it('reads IPv6 endpoints whole, zones kept, the port after the last dot', () => {
    expect(at(tcp.rows, 52400, 443)).toEqual([
      expect.objectContaining({
        protocol: 'tcp6',
        localAddress: '2a02:8109:1234:5600:a1b2:c3d4:e5f6:7788',
        remoteAddress: '2a00:1450:4001:82b::200e',
      }),
    ]);
    expect(at(tcp.rows, 52410, 49153)).toEqual([
      {
        key: 'tcp6|fe80::1c3a:9bff:fe12:3456%en0|52410|fe80::aede:48ff:fe00:1122%en0|49153|502',
        protocol: 'tcp6',
        localAddress: 'fe80::1c3a:9bff:fe12:3456%en0',
        localPort: 52410,
        remoteAddress: 'fe80::aede:48ff:fe00:1122%en0',
        remotePort: 49153,
        state: 'ESTABLISHED',
        pid: 502,
        program: 'rapportd',
        recvQueue: 0,
        sendQueue: 0,
      },
    ]);
  });

  it('reads a process name with spaces and parentheses, and the queues', () => {
    expect(at(tcp.rows, 52450, 5173)).toEqual([
      expect.objectContaining({ pid: 5120, program: 'Code Helper (Plugin)', recvQueue: 0, sendQueue: 31 }),
    ]);
    expect(at(tcp.rows, 52344, 443)[0]).toMatchObject({ pid: 733, program: 'Google Chrome He' });
  });

  it('gives every state its ss name', () => {
    expect(new Set(tcp.rows.map((row) => row.state))).toEqual(
      new Set([
        'LISTEN',
        'ESTABLISHED',
        'TIME_WAIT',
        'SYN_SENT',
        'SYN_RECV',
        'CLOSE_WAIT',
        'FIN_WAIT1',
        'FIN_WAIT2',
        'LAST_ACK',
        'CLOSING',
      ]),
    );
  });

  it('leaves a TIME_WAIT socket that pid 0 (kernel_task) holds without an owner, and says why', () => {
    const [timeWait] = at(tcp.rows, 52301, 443);
    expect(timeWait).toMatchObject({
      state: 'TIME_WAIT',
      key: 'tcp|192.168.1.23|52301|151.101.1.69|443|0',
      ownerHidden: 'kernel',
    });
    expect(timeWait).not.toHaveProperty('pid');
    expect(timeWait).not.toHaveProperty('program');
  });

  it('reads every UDP row, whose state column is blank, and skips the two cut ones', () => {
    expect(udp.rows).toHaveLength(9);
    expect(udp.skippedLines).toBe(2);
    expect(at(udp.rows, 5353).filter((row) => row.protocol === 'udp')[0]).toEqual({
      key: 'udp|0.0.0.0|5353|0.0.0.0|0|402',
      protocol: 'udp',
      localAddress: '0.0.0.0',
      localPort: 5353,
      remoteAddress: '0.0.0.0',
      remotePort: 0,
      state: 'UNCONN',
      pid: 402,
      program: 'mDNSResponder',
      recvQueue: 0,
      sendQueue: 0,
    });
  });

  it('reads connected, dual-stack, unbound and link-local UDP sockets', () => {
    expect(at(udp.rows, 60001, 443)[0]).toMatchObject({
      remoteAddress: '142.250.185.78',
      state: 'ESTABLISHED',
    });
    expect(at(udp.rows, 49152)[0]).toMatchObject({ protocol: 'udp6', localAddress: '::', pid: 502 });
    expect(at(udp.rows, 0)[0]).toMatchObject({
      protocol: 'udp',
      localAddress: '0.0.0.0',
      program: 'WiFiAgent',
    });
    expect(at(udp.rows, 5353).filter((row) => row.localAddress.startsWith('fe80'))).toEqual([
      expect.objectContaining({ protocol: 'udp6', localAddress: 'fe80::1c3a:9bff:fe12:3456%en0', pid: 402 }),
    ]);
  });

  it('keeps apart two sockets of one process on the same endpoints', () => {
    expect(
      at(udp.rows, 5353)
        .filter((row) => row.pid === 733)
        .map((row) => row.key),
    ).toEqual(['udp|0.0.0.0|5353|0.0.0.0|0|733', 'udp|0.0.0.0|5353|0.0.0.0|0|733|2']);
  });
});

describe('parseDarwinNetstat, macOS 10.15 (numeric pid column)', () => {
  const tcp = parseDarwinNetstat(fixture('netstat-tcp-catalina.txt'));
  const udp = parseDarwinNetstat(fixture('netstat-udp-catalina.txt'));

  it('reads the pid from its own column', () => {
    expect(tcp.rows).toHaveLength(4);
    expect(tcp.skippedLines).toBe(1);
    expect(at(tcp.rows, 52369, 443)).toEqual([
      {
        key: 'tcp|192.168.1.100|52369|17.248.146.141|443|354',
        protocol: 'tcp',
        localAddress: '192.168.1.100',
        localPort: 52369,
        remoteAddress: '17.248.146.141',
        remotePort: 443,
        state: 'ESTABLISHED',
        pid: 354,
        recvQueue: 0,
        sendQueue: 0,
      },
    ]);
    expect(at(tcp.rows, 8021)[0]).toMatchObject({ localAddress: 'fe80::1%lo0', pid: 1021 });
  });

  it('finds the pid one column to the left in UDP rows', () => {
    expect(udp.rows.map((row) => [row.protocol, row.localAddress, row.localPort, row.pid])).toEqual([
      ['udp', '0.0.0.0', 0, 398],
      ['udp6', '::', 5353, 180],
      ['udp6', 'fe80::1%lo0', 123, 312],
    ]);
    expect(udp.skippedLines).toBe(0);
  });
});

describe('parseDarwinNetstat, macOS 14 (pid after rhiwat and shiwat, "(State)")', () => {
  const tcp = parseDarwinNetstat(fixture('netstat-tcp-sonoma.txt'));
  const udp = parseDarwinNetstat(fixture('netstat-udp-sonoma.txt'));

  it('reads every row, the pid from its column and not the buffer sizes beside it', () => {
    expect(tcp.rows).toHaveLength(8);
    expect(tcp.skippedLines).toBe(1);
    expect(tcp.rows.map((row) => row.pid ?? 0)).toEqual([7420, 7420, 7420, 8116, 611, 620, 502, 0]);
    expect(at(tcp.rows, 52011, 5346)[0]).toMatchObject({ sendQueue: 12 });
  });

  it("takes the last pid, not the effective one, for a socket used on another app's behalf", () => {
    expect(at(tcp.rows, 52360, 443)[0]).toMatchObject({ pid: 620 });
  });

  it('finds the pid one column to the left in UDP rows, zones kept', () => {
    expect(udp.rows.map((row) => [row.protocol, row.localAddress, row.localPort, row.pid])).toEqual([
      ['udp', '0.0.0.0', 5353, 402],
      ['udp6', 'fe80::1c3a:9bff:fe12:3456%en0', 5353, 402],
      ['udp', '127.0.0.1', 5346, 7420],
    ]);
  });
});

describe('parseDarwinNetstat, macOS 15 (rxbytes and txbytes before the pid)', () => {
  const tcp = parseDarwinNetstat(fixture('netstat-tcp-sequoia.txt'));
  const udp = parseDarwinNetstat(fixture('netstat-udp-sequoia.txt'));

  it('reads the pid where the header puts it, never rhiwat (131072) or a byte count', () => {
    expect(tcp.skippedLines).toBe(0);
    expect(tcp.rows.map((row) => [row.localPort, row.state, row.pid ?? 0])).toEqual([
      [5346, 'LISTEN', 7420],
      [5000, 'LISTEN', 611],
      [5346, 'ESTABLISHED', 7420],
      [52011, 'ESTABLISHED', 8116],
      [52400, 'ESTABLISHED', 733],
      [52301, 'TIME_WAIT', 0],
      [52460, 'SYN_SENT', 9001],
    ]);
    expect(at(tcp.rows, 5000)[0]).toMatchObject({ protocol: 'tcp6', localAddress: '::' });
    expect(at(tcp.rows, 52301, 443)[0]).toMatchObject({ ownerHidden: 'kernel' });
  });

  it('reads UDP rows, whose blank state shifts the pid one column left', () => {
    expect(udp.rows.map((row) => [row.protocol, row.localPort, row.remotePort, row.state, row.pid])).toEqual([
      ['udp', 5353, 0, 'UNCONN', 402],
      ['udp6', 49152, 0, 'UNCONN', 502],
      ['udp', 60001, 443, 'ESTABLISHED', 733],
    ]);
  });
});

describe('parseDarwinNetstat on hostile input', () => {
  it('never throws', () => {
    for (const name of [
      'netstat-tcp-tahoe.txt',
      'netstat-udp-tahoe.txt',
      'netstat-tcp-catalina.txt',
      'netstat-tcp-sonoma.txt',
      'netstat-tcp-sequoia.txt',
    ]) {
      for (const text of hostileInputs(fixture(name))) expect(() => parseDarwinNetstat(text)).not.toThrow();
    }
  });

  it('finds nothing in an empty output', () => {
    expect(parseDarwinNetstat('')).toEqual({ rows: [], skippedLines: 0 });
  });

  it.each(BAD_ROWS)(
    'reads every row around a bad line (%j) as without it, and skips only that line',
    (bad) => {
      for (const name of [
        'netstat-tcp-tahoe.txt',
        'netstat-udp-tahoe.txt',
        'netstat-tcp-catalina.txt',
        'netstat-tcp-sonoma.txt',
        'netstat-tcp-sequoia.txt',
      ]) {
        const clean = parseDarwinNetstat(fixture(name));
        const dirty = parseDarwinNetstat(withBadLine(fixture(name), (line) => /^(tcp|udp)/.test(line), bad));
        expect(dirty.rows).toEqual(clean.rows);
        expect(dirty.skippedLines).toBe(clean.skippedLines + 1);
      }
    },
  );
});
