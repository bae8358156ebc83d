import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePowerShellReply, PowerShellReplyError } from './powershell-protocol';

const replyLines = readFileSync(new URL('./fixtures/powershell-reply.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean);
const { tables, programs } = parsePowerShellReply(replyLines);
const [table] = tables;
const rows = table?.rows ?? [];
const at = (localPort: number, remotePort = 0) =>
  rows.filter((row) => row.localPort === localPort && row.remotePort === remotePort);

describe('parsePowerShellReply', () => {
  it('reads every TCP connection and UDP endpoint, leaves out Bound sockets, and skips the cut and garbage lines', () => {
    expect(rows).toHaveLength(26);
    expect(table?.skippedLines).toBe(3);
    expect(rows.some((row) => row.localPort === 51300)).toBe(false);
  });

  it('reads a loopback listener and both ends of its connection', () => {
    expect(at(5346)).toEqual([
      {
        key: 'tcp6|::1|5346|::|0|7420',
        protocol: 'tcp6',
        localAddress: '::1',
        localPort: 5346,
        remoteAddress: '::',
        remotePort: 0,
        state: 'LISTEN',
        pid: 7420,
      },
      {
        key: 'tcp|127.0.0.1|5346|0.0.0.0|0|7420',
        protocol: 'tcp',
        localAddress: '127.0.0.1',
        localPort: 5346,
        remoteAddress: '0.0.0.0',
        remotePort: 0,
        state: 'LISTEN',
        pid: 7420,
      },
    ]);
    expect(at(5346, 51012)[0]).toMatchObject({ state: 'ESTABLISHED', pid: 7420 });
    expect(at(51012, 5346)[0]).toMatchObject({ state: 'ESTABLISHED', pid: 8116 });
  });

  it('gives every State enum name its ss name, whatever language Windows speaks', () => {
    const stateAt = (localPort: number) => rows.find((row) => row.localPort === localPort)?.state;
    expect([51020, 51021, 51022, 139, 51023, 51024, 51025, 51026, 51027].map(stateAt)).toEqual([
      'TIME_WAIT',
      'CLOSE_WAIT',
      'SYN_SENT',
      'SYN_RECV',
      'FIN_WAIT1',
      'FIN_WAIT2',
      'LAST_ACK',
      'CLOSING',
      'CLOSE',
    ]);
  });

  it('shows a State it does not know (a number a later Windows may add) as UNKNOWN, keeping the row', () => {
    expect(at(51028, 445)[0]).toMatchObject({ state: 'UNKNOWN', pid: 5608 });
  });

  it('says the kernel holds a TIME_WAIT socket on pid 0', () => {
    expect(at(51020, 443)[0]).toMatchObject({ ownerHidden: 'kernel' });
    expect(at(51020, 443)[0]).not.toHaveProperty('pid');
  });

  it('keeps zones and long IPv6 addresses, and gives UDP endpoints no peer', () => {
    expect(at(50160, 7680)[0]).toMatchObject({
      localAddress: 'fe80::5cb1:2d9e:af10:4b2c%12',
      remoteAddress: 'fe80::aede:48ff:fe00:1122%12',
    });
    expect(at(50150, 443)[0]).toMatchObject({ localAddress: '2a02:8109:1234:5600:a1b2:c3d4:e5f6:7788' });
    expect(at(1900).map((row) => [row.protocol, row.localAddress, row.remoteAddress, row.state])).toEqual([
      ['udp6', 'fe80::d1c2:3e4f:5a6b:7c8d%7', '::', 'UNCONN'],
      ['udp', '127.0.0.1', '0.0.0.0', 'UNCONN'],
    ]);
    expect(at(5353).map((row) => row.key)).toEqual([
      'udp6|::|5353|::|0|2216',
      'udp|0.0.0.0|5353|0.0.0.0|0|2216',
      'udp|0.0.0.0|5353|0.0.0.0|0|5608',
      'udp|0.0.0.0|5353|0.0.0.0|0|5608|2',
    ]);
  });

  it('names processes from Get-Process, non-ASCII names whole, and passes over a cut line', () => {
    expect(programs?.get(7420)).toBe('node');
    expect(programs?.get(4)).toBe('System');
    expect(programs?.get(8116)).toBe('Büro-Sync');
    expect(programs?.has(99)).toBe(false);
  });

  it('fails with PowerShell’s own words when it could not list the sockets', () => {
    expect(() =>
      parsePowerShellReply([
        "error\tThe term 'Get-NetTCPConnection' is not recognized as the name of a cmdlet.",
      ]),
    ).toThrow(PowerShellReplyError);
  });
});
