import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSsOutput } from './ss-parser';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'latin1');

describe('parseSsOutput on captured output', () => {
  it('reads iproute2 6.1 (ss -tuinoH, Netid column, dual-stack listener as *)', () => {
    const { sockets, skippedLines } = parseSsOutput(fixture('ss-tuinoH-iproute2-6.1.txt'));
    expect(skippedLines).toBe(0);
    expect(sockets.map((s) => `${s.protocol} ${s.state}`)).toEqual([
      'udp UNCONN',
      'tcp ESTABLISHED',
      'tcp FIN_WAIT2',
      'tcp LISTEN',
      'tcp ESTABLISHED',
      'tcp FIN_WAIT2',
      'tcp CLOSE_WAIT',
      'tcp CLOSE_WAIT',
    ]);
    expect(sockets[0]).toEqual({
      protocol: 'udp',
      state: 'UNCONN',
      recvQueue: 0,
      sendQueue: 0,
      local: { address: '127.0.0.1', port: 50490 },
      remote: { address: '0.0.0.0', port: 0 },
    });
    expect(sockets[1]?.timer).toEqual({ kind: 'keepalive', remainingMs: 59_000, count: 0 });
    expect(sockets[3]?.local).toEqual({ address: '*', port: 34043 });
    expect(sockets[3]?.sendQueue).toBe(511);
    expect(sockets[4]?.local).toEqual({ address: '127.0.0.1', port: 34043 });
    expect(sockets[5]?.local).toEqual({ address: '::1', port: 55196 });
    expect(sockets[5]?.tcpInfo).toEqual({
      rttMs: 5.126,
      rttVarMs: 10.193,
      cwnd: 12,
      bytesSent: 5,
      bytesAcked: 7,
      bytesReceived: 5,
      segsOut: 5,
      segsIn: 4,
      deliveryRateBps: 6_432_032,
    });
  });

  it('reads iproute2 5.10 (ss -tinoH): timers in ms and "s.mmm" seconds, retrans, unacked, ssthresh', () => {
    const { sockets, skippedLines } = parseSsOutput(fixture('ss-tinoH-iproute2-5.10.txt'));
    expect(skippedLines).toBe(0);
    expect(sockets.map((s) => s.state)).toEqual([
      'LISTEN',
      'ESTABLISHED',
      'SYN_SENT',
      'CLOSE_WAIT',
      'LAST_ACK',
    ]);
    expect(sockets[0]).toMatchObject({ recvQueue: 1, sendQueue: 128, tcpInfo: { cwnd: 10 } });
    expect(sockets[1]?.timer).toEqual({ kind: 'retransmit', remainingMs: 204, count: 0 });
    expect(sockets[1]?.tcpInfo).toEqual({
      rttMs: 0.031,
      rttVarMs: 0.015,
      cwnd: 10,
      ssthresh: 7,
      bytesSent: 131_072,
      bytesAcked: 129_025,
      bytesReceived: 1,
      segsOut: 6,
      segsIn: 4,
      deliveryRateBps: 32_768_000_000,
      unacked: 1,
      retrans: 0,
      totalRetrans: 2,
    });
    expect(sockets[2]?.timer).toEqual({ kind: 'retransmit', remainingMs: 1004, count: 1 });
    expect(sockets[3]).toMatchObject({ recvQueue: 1, local: { address: '::1', port: 5347 } });
    expect(sockets[4]?.timer).toEqual({ kind: 'retransmit', remainingMs: 5012, count: 2 });
  });

  it('reads iproute2 4.9 (ss -tino): header, unbracketed IPv6, * for any, rates in Mbps, minutes', () => {
    const { sockets, skippedLines } = parseSsOutput(fixture('ss-tino-iproute2-4.9.txt'));
    expect(skippedLines).toBe(0);
    expect(sockets.map((s) => s.state)).toEqual([
      'LISTEN',
      'ESTABLISHED',
      'ESTABLISHED',
      'LISTEN',
      'FIN_WAIT2',
      'TIME_WAIT',
    ]);
    expect(sockets[0]).toMatchObject({ recvQueue: 2, sendQueue: 128, local: { address: '*', port: 5346 } });
    expect(sockets[1]?.tcpInfo).toMatchObject({ ssthresh: 7, retrans: 0, totalRetrans: 1, bytesAcked: 6 });
    expect(sockets[2]?.timer).toEqual({ kind: 'keepalive', remainingMs: 119 * 60_000, count: 0 });
    expect(sockets[2]?.tcpInfo?.unacked).toBe(1);
    expect(sockets[3]?.local).toEqual({ address: '::', port: 5347 });
    expect(sockets[4]).toMatchObject({
      local: { address: '::1', port: 51236 },
      remote: { address: '::1', port: 5347 },
      timer: { kind: 'time-wait', remainingMs: 53_000 },
    });
    expect(sockets[5]?.timer).toEqual({ kind: 'time-wait', remainingMs: 42_000, count: 0 });
    expect(sockets[5]?.tcpInfo).toBeUndefined();
  });

  it('skips and counts lines of no known shape, keeping the sockets around them', () => {
    const text = [
      'ESTAB 0 0 127.0.0.1:1 127.0.0.1:2',
      'ESTAB zero 0 127.0.0.1:3 127.0.0.1:4',
      'BOGUS 0 0 127.0.0.1:5 127.0.0.1:6',
      'ESTAB 0 0 127.0.0.1:99999 127.0.0.1:6',
      'ESTAB 0 0 127.0.0.1:7 127.0.0.1:8 timer:(on,soon,0)',
      '\t cwnd:x rtt:1/2/3 bytes_acked:9 delivery_rate fastbps',
    ].join('\n');
    const { sockets, skippedLines } = parseSsOutput(text);
    expect(skippedLines).toBe(3);
    expect(sockets.map((s) => s.local.port)).toEqual([1, 7]);
    expect(sockets[1]?.timer).toBeUndefined();
    expect(sockets[1]?.tcpInfo).toEqual({ bytesAcked: 9 });
  });

  it('counts an indented line with no socket above it', () => {
    expect(parseSsOutput('\t cubic cwnd:10\n')).toEqual({ sockets: [], skippedLines: 1 });
  });
});
