import { describe, expect, it } from 'vitest';
import { counterRises, parseProcCounters } from './proc-counters';

/** As a 6.x kernel writes /proc/net/snmp (Ip, Icmp and IcmpMsg cut short). */
const SNMP = `Ip: Forwarding DefaultTTL InReceives
Ip: 1 64 2485521
Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
Tcp: 1 200 120000 -1 12395 12251 57 10077 0 2481095 2477154 754 0 5253 0
Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
Udp: 1672 3 0 1673 0 0 0 0 0
UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
UdpLite: 0 9 0 0 0 0 0 0 0
`;

const NETSTAT = `TcpExt: SyncookiesSent ListenOverflows ListenDrops TCPHPHits
TcpExt: 0 386 388 1144742
IpExt: InNoRoutes InTruncatedPkts
IpExt: 0 0
`;

describe('parseProcCounters', () => {
  it('reads the followed Tcp and Udp counters of /proc/net/snmp, not UdpLite', () => {
    expect(parseProcCounters(SNMP)).toEqual({
      'Tcp.ActiveOpens': 12395,
      'Tcp.PassiveOpens': 12251,
      'Tcp.AttemptFails': 57,
      'Tcp.EstabResets': 10077,
      'Tcp.InSegs': 2481095,
      'Tcp.OutSegs': 2477154,
      'Tcp.RetransSegs': 754,
      'Tcp.OutRsts': 5253,
      'Udp.InDatagrams': 1672,
      'Udp.NoPorts': 3,
      'Udp.InErrors': 0,
      'Udp.RcvbufErrors': 0,
    });
  });

  it('reads ListenOverflows and ListenDrops of /proc/net/netstat', () => {
    expect(parseProcCounters(NETSTAT)).toEqual({ 'TcpExt.ListenOverflows': 386, 'TcpExt.ListenDrops': 388 });
  });

  it('passes over a group whose lines do not pair up, and reads the next', () => {
    const text = 'Tcp: ActiveOpens PassiveOpens\nTcp: 1\nUdp: NoPorts\nUdp: 4\n';
    expect(parseProcCounters(text)).toEqual({ 'Udp.NoPorts': 4 });
  });
});

describe('counterRises', () => {
  it('gives the rises only, leaving out counters that stood still or are missing on one side', () => {
    expect(
      counterRises(
        { 'Tcp.ActiveOpens': 5, 'Udp.NoPorts': 2, 'Tcp.InSegs': 10 },
        { 'Tcp.ActiveOpens': 6, 'Udp.NoPorts': 2, 'Tcp.OutSegs': 3, 'Tcp.InSegs': 14 },
      ),
    ).toEqual({ 'Tcp.ActiveOpens': 1, 'Tcp.InSegs': 4 });
  });
});
