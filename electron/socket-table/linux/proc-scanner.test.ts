import { execFile } from 'node:child_process';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SocketRow } from '../../contract/socket-table';
import { createProcScanner } from './proc-scanner';
import { runsOn } from '../../test-support/platform-skip';

const onLinux = runsOn(
  'linux',
  'the /proc scanner against live sockets',
  'The /proc parsers are tested with captured lines.',
);
const ownProgram = onLinux ? readFileSync('/proc/self/comm', 'utf8').trim() : '';

let listener: Server;
let listener6: Server;
let client: Socket;
let accepted: Socket;
let udp: UdpSocket;
const ports = { tcp: 0, tcp6: 0, client: 0, udp: 0 };

async function listen(server: Server, host: string): Promise<number> {
  server.listen(0, host);
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  if (!onLinux) return;
  listener = createServer();
  listener6 = createServer();
  ports.tcp = await listen(listener, '127.0.0.1');
  ports.tcp6 = await listen(listener6, '::1');
  const acceptedOnce = once(listener, 'connection');
  client = connect(ports.tcp, '127.0.0.1');
  await once(client, 'connect');
  [accepted] = (await acceptedOnce) as [Socket];
  ports.client = client.localPort ?? 0;
  udp = createSocket('udp4');
  udp.bind(0, '127.0.0.1');
  await once(udp, 'listening');
  ports.udp = udp.address().port;
});

afterAll(async () => {
  if (!onLinux) return;
  client.destroy();
  accepted.destroy();
  udp.close();
  await Promise.all([listener, listener6].map((server) => new Promise((done) => server.close(done))));
});

/** ss writes ESTAB, TIME-WAIT, SYN-SENT...; the table uses netstat's ESTABLISHED, TIME_WAIT, SYN_SENT. */
function ssStateName(state: string | undefined): string {
  return state === 'ESTAB' ? 'ESTABLISHED' : (state ?? '').replace('-', '_');
}

function find(rows: SocketRow[], protocol: string, localPort: number, remotePort = 0): SocketRow[] {
  return rows.filter(
    (row) => row.protocol === protocol && row.localPort === localPort && row.remotePort === remotePort,
  );
}

describe.skipIf(!onLinux)('Linux /proc scanner against sockets this test opened', () => {
  it('finds each with its protocol, addresses, state and this process as owner', async () => {
    const { rows, stats } = await createProcScanner().scan();
    const mine = { pid: process.pid, program: ownProgram };
    expect(find(rows, 'tcp', ports.tcp)).toEqual([
      expect.objectContaining({
        localAddress: '127.0.0.1',
        remoteAddress: '0.0.0.0',
        state: 'LISTEN',
        ...mine,
      }),
    ]);
    expect(find(rows, 'tcp6', ports.tcp6)).toEqual([
      expect.objectContaining({ localAddress: '::1', remoteAddress: '::', state: 'LISTEN', ...mine }),
    ]);
    expect(find(rows, 'tcp', ports.client, ports.tcp)).toEqual([
      expect.objectContaining({
        localAddress: '127.0.0.1',
        remoteAddress: '127.0.0.1',
        state: 'ESTABLISHED',
        ...mine,
      }),
    ]);
    expect(find(rows, 'tcp', ports.tcp, ports.client)).toEqual([
      expect.objectContaining({ state: 'ESTABLISHED', ...mine }),
    ]);
    expect(find(rows, 'udp', ports.udp)).toEqual([
      expect.objectContaining({ localAddress: '127.0.0.1', state: 'UNCONN', ...mine }),
    ]);
    expect(stats).toMatchObject({ rows: rows.length, skippedLines: 0, pidMapped: true });
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });

  it('leaves owners out when asked not to map them', async () => {
    const { rows } = await createProcScanner({ mapPids: false }).scan();
    expect(find(rows, 'tcp', ports.tcp)[0]).not.toHaveProperty('pid');
  });

  it('agrees with ss -tanup about these sockets', async (context) => {
    const ss = await promisify(execFile)('ss', ['-H', '-tanup'], { maxBuffer: 64 * 1024 * 1024 }).catch(
      () => undefined,
    );
    if (!ss) {
      console.log('Skipping the ss comparison: ss (iproute2) is not installed.');
      context.skip();
      return;
    }
    const { rows } = await createProcScanner().scan();
    const ourPorts = new Set([ports.tcp, ports.tcp6, ports.client, ports.udp]);
    const fromSs = ss.stdout
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields.length >= 6)
      .map(([netid, state, , , local, peer]) => ({ netid, state, local, peer }))
      .filter(({ local }) => ourPorts.has(Number(local?.slice(local.lastIndexOf(':') + 1))))
      .map(({ netid, state, local, peer }) => `${netid} ${ssStateName(state)} ${local} ${peer}`)
      .sort();
    const ssAddress = (address: string, port: number) =>
      `${address.includes(':') ? `[${address}]` : address}:${port === 0 ? '*' : port}`;
    const fromScan = rows
      .filter((row) => ourPorts.has(row.localPort))
      .map((row) => {
        const netid = row.protocol.replace('6', '');
        return `${netid} ${row.state} ${ssAddress(row.localAddress, row.localPort)} ${ssAddress(row.remoteAddress, row.remotePort)}`;
      })
      .sort();
    expect(fromScan).toEqual(fromSs);
  });

  it('names the owner of a socket that opened after its previous scan', async () => {
    const scanner = createProcScanner();
    await scanner.scan();
    const server = createServer();
    const port = await listen(server, '127.0.0.1');
    try {
      expect(find((await scanner.scan()).rows, 'tcp', port)).toEqual([
        expect.objectContaining({ state: 'LISTEN', pid: process.pid, program: ownProgram }),
      ]);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('sees a closed listener go', async () => {
    const server = createServer();
    const port = await listen(server, '127.0.0.1');
    const scanner = createProcScanner();
    expect(find((await scanner.scan()).rows, 'tcp', port)).toHaveLength(1);
    await new Promise((done) => server.close(done));
    expect(find((await scanner.scan()).rows, 'tcp', port)).toHaveLength(0);
  });
});
